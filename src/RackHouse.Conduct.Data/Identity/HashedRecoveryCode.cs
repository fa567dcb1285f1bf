using System.Security.Cryptography;
using System.Text;

namespace RackHouse.Conduct.Data.Identity;

/// <summary>Recovery codes are kept only as SHA-256 hashes: a copy of the database does not reveal them.</summary>
public static class HashedRecoveryCode
{
    public static string Hash(string code)
    {
        var normalised = code.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
