using System.Security.Cryptography;
using System.Text;

namespace RackHouse.Conduct.Domain.Policies;

/// <summary>A policy's Markdown names the school as the field <c>{{SchoolName}}</c>, so the same text serves whatever
/// the school is called.</summary>
public static class PolicyText
{
    public const string SchoolNameField = "{{SchoolName}}";

    public static string ForSchool(string body, string schoolName)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Replace(SchoolNameField, schoolName, StringComparison.Ordinal);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
