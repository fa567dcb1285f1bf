using RackHouse.Conduct.Data.Identity;
using RackHouse.Conduct.Web.Infrastructure.Passwords;

namespace RackHouse.Conduct.UnitTests.Passwords;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("123456")]
    [InlineData("qwerty")]
    [InlineData("PASSWORD")]
    [InlineData("QwErTy")]
    [InlineData(" password ")]
    [InlineData("1qaz2wsx3edc")]
    public void IsCommon_ListedPasswordInAnyCase_IsCommon(string password)
    {
        Assert.True(CommonPasswordValidator.IsCommon(password));
    }

    [Theory]
    [InlineData("lantern moose quietly orbits")]
    [InlineData("Vq7!rT9#pLm2xZ")]
    public void IsCommon_LongRandomPassphrase_IsNotCommon(string password)
    {
        Assert.False(CommonPasswordValidator.IsCommon(password));
    }

    [Fact]
    public void ShippedList_HoldsAtLeastNineThousandPasswords()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(
            "RackHouse.Conduct.Web.Infrastructure.Passwords.common-passwords.txt");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        Assert.True(passwords.Count >= 9000, $"The shipped list holds {passwords.Count} distinct passwords.");
    }

    [Fact]
    public async Task ValidateAsync_CommonPassword_FailsWithAnExplanation()
    {
        // The validator never consults the UserManager, so none is built.
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new ConductUser(), "Password");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("CommonPassword", error.Code);
    }

    [Fact]
    public async Task ValidateAsync_UncommonPassword_Succeeds()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new ConductUser(), "lantern moose quietly orbits");

        Assert.True(result.Succeeded);
    }
}
