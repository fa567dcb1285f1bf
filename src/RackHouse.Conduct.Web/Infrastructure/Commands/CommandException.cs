namespace RackHouse.Conduct.Web.Infrastructure.Commands;

/// <summary>The command line was wrong; the message says how.</summary>
public sealed class CommandException(string message) : Exception(message);
