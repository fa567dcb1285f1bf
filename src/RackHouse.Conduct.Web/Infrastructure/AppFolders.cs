namespace RackHouse.Conduct.Web.Infrastructure;

/// <summary>Where the portal keeps files: the SQLite database, logs, the mail pickup folder and roster uploads.
/// <c>App:DataFolder</c> moves them all; by default they live in App_Data beside the app.</summary>
public sealed class AppFolders(string dataFolder)
{
    public string DataFolder { get; } = Path.GetFullPath(dataFolder);

    public string SqliteDatabase => Path.Combine(DataFolder, "conduct.db");

    public string Logs => Path.Combine(DataFolder, "logs");

    public string Mail => Path.Combine(DataFolder, "mail");

    /// <summary>Uploaded roster files, each named by the SHA-256 of its content, kept for the import's preview and
    /// confirmation.</summary>
    public string Imports => Path.Combine(DataFolder, "imports");

    public static AppFolders From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["App:DataFolder"];
        return new AppFolders(string.IsNullOrWhiteSpace(configured) ? Path.Combine(contentRoot, "App_Data") : configured);
    }
}
