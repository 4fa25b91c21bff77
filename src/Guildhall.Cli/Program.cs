using Guildhall.Cli.Commands;

return await GuildhallCommand.InvokeAsync(args).ConfigureAwait(false);
