namespace RackHouse.Conduct.Web.Infrastructure.Commands;

/// <summary>Options of the form <c>--name value</c>, repeatable, and flags of the form <c>--name</c>.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.OrdinalIgnoreCase);

    public static CommandArguments Parse(string[] args)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandException($"Unexpected argument '{args[i]}'.{Environment.NewLine}{ConductCommand.Usage}");
            }

            var name = args[i][2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            string? value = null;
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            if (!parsed.values.TryGetValue(name, out var list))
            {
                parsed.values[name] = list = [];
            }

            if (value is not null)
            {
                list.Add(value);
            }
        }

        return parsed;
    }

    public bool Has(string name) => values.ContainsKey(name);

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string Required(string name) =>
        All(name) is [var value, ..] && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new CommandException($"--{name} is required.{Environment.NewLine}{ConductCommand.Usage}");
}
