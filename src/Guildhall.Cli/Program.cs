using Guildhall.Cli.Commands;
using Guildhall.Cli.Output;

ProcessStandardOutput.Claim();
return await GuildhallCommand.InvokeAsync(args).ConfigureAwait(false);
