using System.Text;
using RackHouse.Conduct.Domain.Concerns;

namespace RackHouse.Conduct.UnitTests.Concerns;

public sealed class EvidenceSnifferTests
{
    public static TheoryData<string, EvidenceType> Accepted() => new()
    {
        { "89504E470D0A1A0A0000000D49484452", EvidenceType.Png },
        { "FFD8FFE000104A464946", EvidenceType.Jpeg },
        { "474946383961010001", EvidenceType.Gif },
        { "524946462400000057454250565038", EvidenceType.WebP },
        { "255044462D312E370A", EvidenceType.Pdf },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Type_Signature_IsRecognised(string hex, EvidenceType expected) =>
        Assert.Equal(expected, Sniff(Convert.FromHexString(hex)));

    [Fact]
    public void Type_PlainText_IsText() =>
        Assert.Equal(EvidenceType.PlainText, Sniff(Encoding.UTF8.GetBytes("He said: see you after school.\r\nTime: 21:40\n")));

    [Fact]
    public void Type_SavedEmail_IsEmail() =>
        Assert.Equal(EvidenceType.Email, Sniff(Encoding.UTF8.GetBytes("Received: from mail.example\r\nFrom: a@example.org\r\nTo: b@example.org\r\nSubject: Hi\r\n\r\nBody\r\n")));

    [Fact]
    public void Type_TextWithOneHeaderLikeLine_IsPlainText() =>
        Assert.Equal(EvidenceType.PlainText, Sniff(Encoding.UTF8.GetBytes("Note: saw it on Tuesday\nand again on Wednesday\n")));

    [Theory]
    [InlineData("4D5A90000300000004000000")] // a Windows program
    [InlineData("504B0304140000000800")] // a zip or Word document
    [InlineData("")]
    public void Type_OtherContent_IsRefused(string hex) =>
        Assert.Null(Sniff(Convert.FromHexString(hex)));

    [Fact]
    public void Type_NamedLikeAnImageButText_IsTextNotImage()
    {
        // The name plays no part: only the bytes do.
        Assert.Equal(EvidenceType.PlainText, Sniff(Encoding.UTF8.GetBytes("<svg onload=alert(1)>")));
    }

    [Fact]
    public void Type_TextWithABinaryByteFarIntoTheFile_IsRefused()
    {
        var sniffer = new EvidenceSniffer();
        sniffer.Append(Encoding.UTF8.GetBytes(new string('a', 10_000)));
        sniffer.Append([0x00, 0x01]);

        Assert.Null(sniffer.Type());
        Assert.Equal(10_002, sniffer.Length);
    }

    [Fact]
    public void Type_SignatureSplitAcrossChunks_IsRecognised()
    {
        var sniffer = new EvidenceSniffer();
        sniffer.Append([0x89, 0x50]);
        sniffer.Append([0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]);

        Assert.Equal(EvidenceType.Png, sniffer.Type());
    }

    private static EvidenceType? Sniff(byte[] bytes)
    {
        var sniffer = new EvidenceSniffer();
        sniffer.Append(bytes);
        return sniffer.Type();
    }
}
