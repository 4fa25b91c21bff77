using System.CommandLine;

namespace Guildhall.Cli.Commands;

/// <summary>
/// <c>guildhall completion bash|zsh|pwsh</c>: prints a script that gives the shell tab completion of commands, options
/// and their values. The script asks <c>guildhall</c> itself through the parser's <c>[suggest:POSITION]</c> directive,
/// so it never goes stale and needs no other tool (no dotnet-suggest).
/// </summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command(
            "completion",
            "Print the tab-completion script for a shell. bash: add 'source <(guildhall completion bash)' to ~/.bashrc; zsh: 'source <(guildhall completion zsh)' in ~/.zshrc, after compinit; pwsh: 'guildhall completion pwsh | Out-String | Invoke-Expression' in $PROFILE.")
        {
            shell,
        };
        CommandRunner.SetAction(command, (parse, _) =>
        {
            Console.Out.Write(Script(parse.GetValue(shell)!));
            return Task.CompletedTask;
        });
        return command;
    }

    /// <summary>The script for <paramref name="shell"/>.</summary>
    public static string Script(string shell) => shell switch
    {
        "bash" => """
            # guildhall tab completion for bash: source <(guildhall completion bash)
            _guildhall_complete() {
                local IFS=$'\n'
                local candidates
                candidates=$(guildhall "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
                COMPREPLY=($(compgen -W "${candidates}" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _guildhall_complete guildhall

            """,
        "zsh" => """
            # guildhall tab completion for zsh (after compinit): source <(guildhall completion zsh)
            _guildhall_complete() {
                local -a candidates
                candidates=("${(@f)$(guildhall "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
                compadd -- "${candidates[@]}"
            }
            compdef _guildhall_complete guildhall

            """,
        _ => """
            # guildhall tab completion for PowerShell: guildhall completion pwsh | Out-String | Invoke-Expression
            Register-ArgumentCompleter -Native -CommandName guildhall -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                guildhall "[suggest:$cursorPosition]" "$commandAst" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }

            """,
    };
}
