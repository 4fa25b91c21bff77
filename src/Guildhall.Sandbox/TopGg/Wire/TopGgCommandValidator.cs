using System.Text.Json;
using System.Text.RegularExpressions;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// Checks a command list against Discord's application-command rules that Top.gg relies on: names of 1–32
/// characters (lower-case word characters and dashes for slash commands), descriptions of 1–100 characters for slash
/// commands and none for user/message commands, types 1–4, at most 25 options of types 1–11, unique names per type.
/// </summary>
internal static partial class TopGgCommandValidator
{
    private const int ChatInput = 1;
    private const int MaxOptions = 25;
    private const int MaxCommandsPerType = 100;

    public static TopGgValidationErrors Validate(JsonArray commands)
    {
        var errors = new TopGgValidationErrors();
        var seen = new HashSet<(int Type, string Name)>();
        for (var i = 0; i < commands.Count; i++)
        {
            var path = $"[{i}]";
            if (commands[i] is not JsonObject command)
            {
                errors.Add(path, "Each command must be a JSON object.");
                continue;
            }

            var type = ReadType(command, path, 1, 4, errors) ?? ChatInput;
            var name = ValidateNameAndDescription(command, path, chatInputRules: type == ChatInput, errors);
            if (name is not null && !seen.Add((type, name)))
            {
                errors.Add($"{path}.name", $"The command name '{name}' is used more than once.");
            }

            ValidateOptions(command, path, errors);
        }

        if (seen.GroupBy(c => c.Type).Any(g => g.Count() > MaxCommandsPerType))
        {
            errors.Add("", $"A bot can have at most {MaxCommandsPerType} commands of each type.");
        }

        return errors;
    }

    private static void ValidateOptions(JsonObject owner, string path, TopGgValidationErrors errors)
    {
        if (owner["options"] is null)
        {
            return;
        }

        if (owner["options"] is not JsonArray options)
        {
            errors.Add($"{path}.options", "options must be an array.");
            return;
        }

        if (options.Count > MaxOptions)
        {
            errors.Add($"{path}.options", $"A command can have at most {MaxOptions} options.");
        }

        for (var i = 0; i < options.Count; i++)
        {
            var optionPath = $"{path}.options[{i}]";
            if (options[i] is not JsonObject option)
            {
                errors.Add(optionPath, "Each option must be a JSON object.");
                continue;
            }

            if (ReadType(option, optionPath, 1, 11, errors) is null && option["type"] is null)
            {
                errors.Add($"{optionPath}.type", "The type field is required.");
            }

            ValidateNameAndDescription(option, optionPath, chatInputRules: true, errors);
            ValidateOptions(option, optionPath, errors);
        }
    }

    private static string? ValidateNameAndDescription(JsonObject item, string path, bool chatInputRules, TopGgValidationErrors errors)
    {
        var name = ReadString(item, "name");
        if (name is null)
        {
            errors.Add($"{path}.name", "The name field is required.");
        }
        else if (chatInputRules ? !ChatInputName().IsMatch(name) || name.Any(char.IsUpper) : name.Length is < 1 or > 32)
        {
            errors.Add($"{path}.name", chatInputRules
                ? "The name must be 1-32 lower-case letters, digits, '-' or '_'."
                : "The name must be 1-32 characters long.");
        }

        var description = ReadString(item, "description");
        if (chatInputRules && (description is null || description.Length is < 1 or > 100))
        {
            errors.Add($"{path}.description", "The description must be 1-100 characters long.");
        }
        else if (!chatInputRules && !string.IsNullOrEmpty(description))
        {
            errors.Add($"{path}.description", "User and message commands cannot have a description.");
        }

        return name;
    }

    private static int? ReadType(JsonObject item, string path, int min, int max, TopGgValidationErrors errors)
    {
        if (item["type"] is null)
        {
            return null;
        }

        if (item["type"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && value.TryGetValue<int>(out var type) && type >= min && type <= max)
        {
            return type;
        }

        errors.Add($"{path}.type", $"The type must be an integer from {min} to {max}.");
        return null;
    }

    private static string? ReadString(JsonObject item, string name) =>
        item[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChatInputName();
}
