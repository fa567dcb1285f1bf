using OtpNet;

namespace RackHouse.Conduct.Web.Infrastructure.Identity;

/// <summary>Checks a six-digit code from an authenticator app (RFC 6238, 30-second steps).</summary>
public static class AuthenticatorCode
{
    /// <summary>One step either side allows for a phone clock that is slightly out.</summary>
    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);

    /// <summary>The time step the code belongs to, or null when it is wrong, too old, or a step already used.</summary>
    public static long? AcceptedTimeStep(string base32Key, string? code, DateTimeOffset now, long? lastAcceptedStep)
    {
        var digits = new string((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || string.IsNullOrWhiteSpace(base32Key))
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(base32Key));
        if (!totp.VerifyTotp(now.UtcDateTime, digits, out var step, Drift))
        {
            return null;
        }

        return lastAcceptedStep is { } last && step <= last ? null : step;
    }

    public static string OtpAuthUri(string issuer, string accountName, string base32Key)
    {
        var label = Uri.EscapeDataString($"{issuer}:{accountName}");
        return $"otpauth://totp/{label}?secret={base32Key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";
    }

    /// <summary>Groups the key in fours so it can be typed into an app by hand.</summary>
    public static string Readable(string base32Key) =>
        string.Join(' ', base32Key.Chunk(4).Select(chunk => new string(chunk))).ToLowerInvariant();
}
