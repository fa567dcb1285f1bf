using System.Security.Cryptography;
using RackHouse.Conduct.Web.Infrastructure;

namespace RackHouse.Conduct.Web.Features.Admin.People.Import;

/// <summary>Uploaded files, kept under the data folder and named by the SHA-256 of their content. The preview and the
/// confirmation name the file by its hash, so what is confirmed is exactly the file that was previewed: a changed file
/// has another hash, and a stored file whose content no longer matches its name is refused.</summary>
public sealed class ImportUploads(IConfiguration configuration, IWebHostEnvironment environment)
{
    private readonly string folder = AppFolders.From(configuration, environment.ContentRootPath).Imports;

    public async Task<string> SaveAsync(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        Directory.CreateDirectory(folder);
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }

        return hash;
    }

    /// <summary>The file with this hash, or null when there is none or its content does not match.</summary>
    public async Task<byte[]?> ReadAsync(string hash)
    {
        if (!IsHash(hash) || !File.Exists(PathOf(hash)))
        {
            return null;
        }

        var content = await File.ReadAllBytesAsync(PathOf(hash));
        return Convert.ToHexStringLower(SHA256.HashData(content)) == hash ? content : null;
    }

    public static bool IsHash(string? text) => text is { Length: 64 } && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private string PathOf(string hash) => Path.Combine(folder, hash + ".csv");
}
