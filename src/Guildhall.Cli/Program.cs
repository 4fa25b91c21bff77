using Guildhall.Cli.Commands;

return await GuildhallCommand.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
