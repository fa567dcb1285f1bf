namespace RackHouse.Conduct.Web.Infrastructure.Mvc;

/// <summary>The address links in emails point to. <c>App:PublicUrl</c> should be set in production: a link built from
/// the request's Host (or a forwarded X-Forwarded-Host) could be made to point at someone else's site, and emails sent
/// by background jobs have no request at all.</summary>
public sealed class PortalAddress(IConfiguration configuration)
{
    private readonly string? publicUrl = configuration["App:PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : null;

    public bool IsConfigured => publicUrl is not null;

    /// <summary>An absolute link to a path of the portal, or null when no public address is configured and there is
    /// no request to take one from.</summary>
    public string? Link(string pathAndQuery, HttpRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var root = publicUrl ?? (request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}");
        return root is null ? null : root + pathAndQuery;
    }
}
