using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace RackHouse.Conduct.IntegrationTests.Infrastructure;

/// <summary>A small SMTP server on loopback that keeps what it receives (RFC 5321, plain text, no authentication):
/// enough for MailKit to hold a real conversation with it. It can be stopped and started again on the same port, so
/// a test can take the mail server down and bring it back.</summary>
public sealed class SmtpListener : IAsyncDisposable
{
    public const string Host = "127.0.0.1";

    private const string Domain = "smtp.test.example";

    private readonly List<ReceivedEmail> received = [];
    private readonly Lock receivedLock = new();
    private readonly ConcurrentDictionary<string, bool> rejectedRecipients = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<TcpClient, Task> conversations = new();
    private TcpListener? listener;
    private CancellationTokenSource? stopping;
    private Task? accepting;
    private int connections;

    public SmtpListener()
    {
        Start();
    }

    /// <summary>The port chosen by the system on first start, and kept across restarts.</summary>
    public int Port { get; private set; }

    /// <summary>How many connections clients have opened so far.</summary>
    public int Connections => Volatile.Read(ref connections);

    public IReadOnlyList<ReceivedEmail> Received
    {
        get
        {
            lock (receivedLock)
            {
                return [.. received];
            }
        }
    }

    /// <summary>Answers RCPT TO for this address with 550, as a server does for a mailbox it does not have.</summary>
    public void RejectRecipient(string address) => rejectedRecipients[address] = true;

    public void Start()
    {
        if (listener is not null)
        {
            return;
        }

        var socket = new TcpListener(IPAddress.Parse(Host), Port);
        // Connections closed by this side linger in TIME_WAIT on the port; a restart must still be able to bind it.
        socket.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.Start();
        Port = ((IPEndPoint)socket.LocalEndpoint).Port;
        listener = socket;
        stopping = new CancellationTokenSource();
        accepting = AcceptAsync(socket, stopping.Token);
    }

    /// <summary>Stops listening and drops every open connection: clients are refused until <see cref="Start"/>.</summary>
    public async Task StopAsync()
    {
        if (listener is null)
        {
            return;
        }

        await stopping!.CancelAsync();
        listener.Stop();
        await accepting!;
        foreach (var client in conversations.Keys)
        {
            client.Dispose();
        }

        await Task.WhenAll(conversations.Values);
        stopping.Dispose();
        listener = null;
        stopping = null;
        accepting = null;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived or the timeout passes, and returns
    /// what has arrived either way, for the test to assert on.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (Received.Count < count && !deadline.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return Received;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static string Address(string argument)
    {
        var start = argument.IndexOf('<', StringComparison.Ordinal);
        var end = argument.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? argument[(start + 1)..end] : argument.Trim();
    }

    private async Task AcceptAsync(TcpListener socket, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await socket.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            conversations[client] = ConverseAsync(client, cancellationToken);
        }
    }

    private async Task ConverseAsync(TcpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = client.GetStream();
            var reader = new LineReader(stream);
            await ReplyAsync(stream, $"220 {Domain} ESMTP ready", cancellationToken);
            string? mailFrom = null;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var command = Encoding.UTF8.GetString(line);
                var verb = (command.Length > 4 ? command[..4] : command).ToUpperInvariant();
                var argument = command.Length > 4 ? command[4..] : string.Empty;
                switch (verb)
                {
                    case "EHLO":
                        mailFrom = null;
                        recipients.Clear();
                        await ReplyAsync(stream, $"250-{Domain}\r\n250-8BITMIME\r\n250 SMTPUTF8", cancellationToken);
                        break;
                    case "HELO":
                        mailFrom = null;
                        recipients.Clear();
                        await ReplyAsync(stream, $"250 {Domain}", cancellationToken);
                        break;
                    case "MAIL" when argument.StartsWith(" FROM:", StringComparison.OrdinalIgnoreCase):
                        mailFrom = Address(argument[6..]);
                        recipients.Clear();
                        await ReplyAsync(stream, "250 2.1.0 Sender OK", cancellationToken);
                        break;
                    case "RCPT" when mailFrom is null:
                        await ReplyAsync(stream, "503 5.5.1 MAIL first", cancellationToken);
                        break;
                    case "RCPT" when argument.StartsWith(" TO:", StringComparison.OrdinalIgnoreCase):
                        var recipient = Address(argument[4..]);
                        if (rejectedRecipients.ContainsKey(recipient))
                        {
                            await ReplyAsync(stream, "550 5.1.1 No such mailbox here", cancellationToken);
                        }
                        else
                        {
                            recipients.Add(recipient);
                            await ReplyAsync(stream, "250 2.1.5 Recipient OK", cancellationToken);
                        }

                        break;
                    case "DATA" when mailFrom is null || recipients.Count == 0:
                        await ReplyAsync(stream, "503 5.5.1 RCPT first", cancellationToken);
                        break;
                    case "DATA":
                        await ReplyAsync(stream, "354 End data with <CR><LF>.<CR><LF>", cancellationToken);
                        var message = await ReadDataAsync(reader, cancellationToken);
                        if (message is null)
                        {
                            return;
                        }

                        lock (receivedLock)
                        {
                            received.Add(new ReceivedEmail(mailFrom, [.. recipients], message));
                        }

                        mailFrom = null;
                        recipients.Clear();
                        await ReplyAsync(stream, "250 2.0.0 Queued", cancellationToken);
                        break;
                    case "RSET":
                        mailFrom = null;
                        recipients.Clear();
                        await ReplyAsync(stream, "250 2.0.0 OK", cancellationToken);
                        break;
                    case "NOOP":
                        await ReplyAsync(stream, "250 2.0.0 OK", cancellationToken);
                        break;
                    case "QUIT":
                        await ReplyAsync(stream, "221 2.0.0 Bye", cancellationToken);
                        return;
                    default:
                        await ReplyAsync(stream, "502 5.5.2 Command not recognised", cancellationToken);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away, or the listener was stopped under it: either way the conversation is over.
        }
        finally
        {
            client.Dispose();
            conversations.TryRemove(client, out _);
        }
    }

    /// <summary>Reads the message after DATA up to the line holding a single dot, undoing dot-stuffing; null when the
    /// client disconnects first.</summary>
    private static async Task<MimeMessage?> ReadDataAsync(LineReader reader, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line is [(byte)'.'])
            {
                content.Position = 0;
                return await MimeMessage.LoadAsync(content, cancellationToken);
            }

            var start = line is [(byte)'.', ..] ? 1 : 0;
            content.Write(line, start, line.Length - start);
            content.Write("\r\n"u8);
        }

        return null;
    }

    private static async Task ReplyAsync(NetworkStream stream, string reply, CancellationToken cancellationToken) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), cancellationToken);

    /// <summary>Splits the byte stream into CRLF-terminated lines, keeping the bytes as sent.</summary>
    private sealed class LineReader(Stream stream)
    {
        private readonly byte[] buffer = new byte[8192];
        private int start;
        private int end;

        public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var line = new MemoryStream();
            while (true)
            {
                if (start == end)
                {
                    start = 0;
                    end = await stream.ReadAsync(buffer, cancellationToken);
                    if (end == 0)
                    {
                        return null;
                    }
                }

                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0)
                {
                    line.Write(buffer, start, end - start);
                    start = end;
                    continue;
                }

                line.Write(buffer, start, newline - start);
                start = newline + 1;
                var bytes = line.ToArray();
                return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
            }
        }
    }
}
