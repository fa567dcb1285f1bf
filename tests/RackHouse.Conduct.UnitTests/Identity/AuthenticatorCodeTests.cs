using OtpNet;
using RackHouse.Conduct.Web.Infrastructure.Identity;

namespace RackHouse.Conduct.UnitTests.Identity;

public sealed class AuthenticatorCodeTests
{
    private const string Key = "JBSWY3DPEHPK3PXP";

    private static readonly DateTimeOffset Now = new(2026, 11, 9, 10, 0, 15, TimeSpan.Zero);

    private static readonly long CurrentStep = Now.ToUnixTimeSeconds() / 30;

    [Fact]
    public void AcceptedTimeStep_CodeForNow_IsAcceptedAndGivesItsStep()
    {
        Assert.Equal(CurrentStep, AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now), Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_CodeOneStepOld_IsAcceptedForClockDrift()
    {
        Assert.Equal(CurrentStep - 1, AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now.AddSeconds(-30)), Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_CodeOneStepAhead_IsAcceptedForClockDrift()
    {
        Assert.Equal(CurrentStep + 1, AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now.AddSeconds(30)), Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_CodeTwoStepsOld_IsRefused()
    {
        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now.AddSeconds(-60)), Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_CodeTwoStepsAhead_IsRefused()
    {
        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now.AddSeconds(60)), Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_SameStepAsTheLastAcceptedCode_IsRefusedSoACodeWorksOnce()
    {
        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now), Now, lastAcceptedStep: CurrentStep));
    }

    [Fact]
    public void AcceptedTimeStep_StepEarlierThanTheLastAcceptedCode_IsRefused()
    {
        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now.AddSeconds(-30)), Now, lastAcceptedStep: CurrentStep));
    }

    [Fact]
    public void AcceptedTimeStep_StepAfterTheLastAcceptedCode_IsAccepted()
    {
        Assert.Equal(CurrentStep, AuthenticatorCode.AcceptedTimeStep(Key, CodeAt(Now), Now, lastAcceptedStep: CurrentStep - 1));
    }

    [Fact]
    public void AcceptedTimeStep_WrongCode_IsRefused()
    {
        var code = CodeAt(Now);
        var wrong = code[..5] + (char)('0' + ((code[5] - '0' + 5) % 10));

        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, wrong, Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_CodeFromAnotherKey_IsRefused()
    {
        var otherKey = new Totp(Base32Encoding.ToBytes("KRSXG5CTMVRXEZLU"));

        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, otherKey.ComputeTotp(Now.UtcDateTime), Now, lastAcceptedStep: null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("abcdef")]
    public void AcceptedTimeStep_WrongLengthOrLetters_IsRefused(string? code)
    {
        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, code, Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_LettersInPlaceOfTheRightDigits_IsRefused()
    {
        var code = CodeAt(Now);

        Assert.Null(AuthenticatorCode.AcceptedTimeStep(Key, code[..5] + "x", Now, lastAcceptedStep: null));
    }

    [Theory]
    [InlineData("{0} {1}")]
    [InlineData("{0}-{1}")]
    [InlineData(" {0}  {1} ")]
    public void AcceptedTimeStep_SpacesOrHyphensInTheCode_AreIgnored(string layout)
    {
        var code = CodeAt(Now);
        var typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, code[..3], code[3..]);

        Assert.Equal(CurrentStep, AuthenticatorCode.AcceptedTimeStep(Key, typed, Now, lastAcceptedStep: null));
    }

    [Fact]
    public void AcceptedTimeStep_NoKey_IsRefused()
    {
        Assert.Null(AuthenticatorCode.AcceptedTimeStep(" ", CodeAt(Now), Now, lastAcceptedStep: null));
    }

    [Fact]
    public void OtpAuthUri_IssuerAndAccount_AreEscaped()
    {
        var uri = AuthenticatorCode.OtpAuthUri("Rack House Primary", "head@rackhouse.example", Key);

        Assert.Equal(
            "otpauth://totp/Rack%20House%20Primary%3Ahead%40rackhouse.example?secret=JBSWY3DPEHPK3PXP&issuer=Rack%20House%20Primary&digits=6&period=30",
            uri);
    }

    [Fact]
    public void OtpAuthUri_IssuerWithAmpersand_CannotAddAParameter()
    {
        var uri = AuthenticatorCode.OtpAuthUri("St Mary & St John", "head@school.example", Key);

        Assert.Contains("&issuer=St%20Mary%20%26%20St%20John&", uri, StringComparison.Ordinal);
        Assert.Equal(3, uri.Count(c => c == '&'));
    }

    [Theory]
    [InlineData("JBSWY3DPEHPK3PXP", "jbsw y3dp ehpk 3pxp")]
    [InlineData("ABCDEF", "abcd ef")]
    public void Readable_Key_IsGroupedInFoursInLowerCase(string key, string expected)
    {
        Assert.Equal(expected, AuthenticatorCode.Readable(key));
    }

    private static string CodeAt(DateTimeOffset time) => new Totp(Base32Encoding.ToBytes(Key)).ComputeTotp(time.UtcDateTime);
}
