using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace RackHouse.Conduct.Web.Features.Concerns;

/// <summary>Reads an evidence form section by section with <see cref="MultipartReader"/>, streaming each file to the
/// evidence folder as it arrives. The antiforgery token is the form's first field; it is checked before any file is
/// read, by handing it to antiforgery as the request header, so the form is never buffered to find it.</summary>
public sealed class EvidenceUploadReader(EvidenceStore store, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    public const string FilesField = "Files";
    private const int TokenLengthLimit = 4096;

    /// <param name="acceptFiles">False for a category that takes no files: every file is read past and thrown away
    /// unwritten.</param>
    public async Task<EvidenceUpload> ReadAsync(HttpContext context, bool acceptFiles)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return EvidenceUpload.Invalid;
        }

        var reader = new MultipartReader(boundary, request.Body);
        var first = await reader.ReadNextSectionAsync(context.RequestAborted);
        if (first is null || !IsField(first, antiforgeryOptions.Value.FormFieldName, out _))
        {
            return EvidenceUpload.Invalid;
        }

        var token = await ReadLimitedAsync(first.Body, context.RequestAborted);
        if (token is null || antiforgeryOptions.Value.HeaderName is not { } header)
        {
            return EvidenceUpload.Invalid;
        }

        request.Headers[header] = token;
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return EvidenceUpload.Invalid;
        }

        var stored = new List<(StoredFile, string)>();
        var refusals = new List<string>();
        var refusedAll = false;
        for (var section = await reader.ReadNextSectionAsync(context.RequestAborted); section is not null; section = await reader.ReadNextSectionAsync(context.RequestAborted))
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition()
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FilesField, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
            if (fileName.Length == 0)
            {
                // The browser sends an empty part when no file was chosen.
                continue;
            }

            if (!acceptFiles)
            {
                refusedAll = true;
                continue;
            }

            var (file, refusal) = await store.SaveAsync(section.Body, context.RequestAborted);
            if (file is null)
            {
                refusals.Add($"{Path.GetFileName(fileName)} {refusal}: it was not added. The rest of your report is kept.");
            }
            else
            {
                stored.Add((file, fileName));
            }
        }

        if (refusedAll)
        {
            refusals.Add("No file was kept: copying or possessing indecent images of children is an offence, even to report them. Describe what you saw instead.");
        }

        return new EvidenceUpload(true, stored, refusals);
    }

    private static bool IsField(MultipartSection section, string name, out ContentDispositionHeaderValue? disposition) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out disposition)
        && disposition.IsFormDisposition()
        && string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, name, StringComparison.Ordinal);

    private static async Task<string?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[TokenLengthLimit + 1];
        var total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
            if (total > TokenLengthLimit)
            {
                return null;
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }
}
