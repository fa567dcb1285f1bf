using QRCoder;

namespace RackHouse.Conduct.Web.Features.Account;

/// <summary>Draws the set-up QR code on the server: the secret never leaves the portal for a third-party service.</summary>
public static class AuthenticatorQrCode
{
    public static string PngDataUri(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
