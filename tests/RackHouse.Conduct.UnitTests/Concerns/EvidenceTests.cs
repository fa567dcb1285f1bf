using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class EvidenceTests
{
    [Theory]
    [InlineData("screenshot-log.hta", EvidenceType.PlainText, "screenshot-log.txt")]
    [InlineData("C:\\Users\\me\\Desktop\\run.bat", EvidenceType.PlainText, "run.txt")]
    [InlineData("../../photo.html", EvidenceType.Png, "photo.png")]
    [InlineData("message.eml", EvidenceType.Email, "message.eml")]
    [InlineData("   ", EvidenceType.Pdf, "evidence.pdf")]
    [InlineData(".htaccess", EvidenceType.PlainText, "evidence.txt")]
    public void FileName_AnyNameUploaded_KeepsTheNameWithTheExtensionOfTheContent(string uploaded, EvidenceType type, string downloaded)
    {
        var evidence = new Evidence(Guid.NewGuid(), "stored", uploaded, type, 10, new string('a', 64), 1, DateTime.UtcNow);

        Assert.Equal(downloaded, evidence.FileName);
    }
}
