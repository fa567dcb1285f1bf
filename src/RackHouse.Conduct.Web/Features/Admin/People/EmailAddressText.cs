using System.Text.RegularExpressions;

namespace RackHouse.Conduct.Web.Features.Admin.People;

/// <summary>An email address the portal can use as a sign-in name: the characters Identity accepts in a user name
/// (letters, digits and <c>. _ + -</c>) before the @, and a domain with a dot.</summary>
public static partial class EmailAddressText
{
    public const string Message = "Enter an email address in the correct format, like name@school.org.uk";

    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
