using Microsoft.AspNetCore.Identity;
using RackHouse.Conduct.Data.Identity;

namespace RackHouse.Conduct.Web.Infrastructure.Passwords;

/// <summary>Refuses the 10,000 most common passwords (OWASP ASVS 5, V6.2). The list ships in the repository,
/// taken from the ranked list of the zxcvbn-ts project, lower-cased.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ConductUser>
{
    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<ConductUser> manager, ConductUser user, string? password)
    {
        if (password is not null && IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is one of the most commonly used, so it is easy to guess. Choose another: three random words work well.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(
            "RackHouse.Conduct.Web.Infrastructure.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
