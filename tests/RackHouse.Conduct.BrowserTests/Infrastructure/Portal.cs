using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using RackHouse.Conduct.Web.Infrastructure.Demo;

namespace RackHouse.Conduct.BrowserTests.Infrastructure;

/// <summary>One running portal and one headless Chromium, shared by every browser test. Each test opens a
/// browser context of its own (its own cookies), so tests do not see each other's sign-ins.</summary>
public sealed class Portal : IAsyncLifetime, IDisposable
{
    public const string Teacher = "teacher";
    public const string Headteacher = "head";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly PortalServer server = new();
    private readonly Dictionary<string, string> signedInStates = [];
    private readonly Dictionary<string, long> lastCodeSteps = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Address => server.Address;

    public static string Email(string mailbox) => $"{mailbox}@{DemoData.Domain}";

    public async Task InitializeAsync()
    {
        await server.StartAsync();

        // The machine is shared and small: give pages longer than Playwright's default 5 seconds to settle.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>Called by xunit after <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => server.Dispose();

    /// <summary>A fresh browser context: no cookies, the portal as its base address, a desktop window unless told otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, string? storageState = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            IgnoreHTTPSErrors = true, // the portal's certificate is self-signed for this run
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(10_000);
        return context;
    }

    /// <summary>A context already signed in as a demo account (through the sign-in pages the first time, then from the
    /// cookies that sign-in left), so tests about other pages need not repeat it.</summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(string mailbox, ViewportSize? viewport = null)
    {
        if (!signedInStates.TryGetValue(mailbox, out var state))
        {
            await using var signingIn = await NewContextAsync();
            var page = await signingIn.NewPageAsync();
            await SignInAsync(page, mailbox);
            if (mailbox == Headteacher)
            {
                await EnterTwoFactorCodeAsync(page, mailbox);
            }

            await page.WaitForURLAsync(new Uri(Address, "/").ToString());
            state = await signingIn.StorageStateAsync();
            signedInStates[mailbox] = state;
        }

        return await NewContextAsync(viewport, state);
    }

    /// <summary>Sends what the outbox holds, as the background sender would, and returns the text of every email sent
    /// to <paramref name="to"/> so far, oldest first.</summary>
    public async Task<IReadOnlyList<string>> EmailsToAsync(string to)
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RackHouse.Conduct.Web.Infrastructure.Email.OutboxSender>().SendDueAsync(CancellationToken.None);
        }

        return Directory.Exists(server.MailFolder)
            ? Directory.GetFiles(server.MailFolder, "*.eml")
                .Select(file => (Written: File.GetLastWriteTimeUtc(file), Message: MimeKit.MimeMessage.Load(file)))
                .Where(m => m.Message.To.Mailboxes.Any(box => string.Equals(box.Address, to, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(m => m.Written)
                .Select(m => m.Message.TextBody ?? string.Empty)
                .ToList()
            : [];
    }

    /// <summary>Fills in and submits the sign-in form the way a person would: by its labels and its button.</summary>
    public static async Task SignInAsync(IPage page, string mailbox, string password = DemoData.DefaultPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(Email(mailbox));
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Enters a code from the demo authenticator secret on the two-factor page.</summary>
    public async Task EnterTwoFactorCodeAsync(IPage page, string mailbox)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForURLAsync("**/account/sign-in/two-factor**");
        await page.GetByLabel("6-digit code").FillAsync(await NextCodeAsync(mailbox));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    /// <summary>The portal accepts each code once, and the code of the next 30-second step as well as the current
    /// one: so a second sign-in soon after the first uses the next step's code, and a third waits for a new step.</summary>
    private async Task<string> NextCodeAsync(string mailbox)
    {
        var totp = new Totp(Base32Encoding.ToBytes(DemoData.DefaultTotpSecret));
        var now = DateTimeOffset.UtcNow;
        var currentStep = now.ToUnixTimeSeconds() / 30;
        var step = lastCodeSteps.TryGetValue(mailbox, out var last) ? Math.Max(currentStep, last + 1) : currentStep;
        if (step > currentStep + 1)
        {
            await Task.Delay(DateTimeOffset.FromUnixTimeSeconds((step - 1) * 30) - now + TimeSpan.FromMilliseconds(200));
        }

        lastCodeSteps[mailbox] = step;
        return totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }
}
