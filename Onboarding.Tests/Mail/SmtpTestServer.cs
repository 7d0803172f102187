using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Onboarding.Tests.Mail;

/// <summary>One message an <see cref="SmtpTestServer"/> accepted: the envelope and the raw DATA.</summary>
public sealed record ReceivedMail(string MailFrom, IReadOnlyList<string> RcptTo, string Data)
{
    public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(Data)));
}

/// <summary>
/// A small SMTP server on 127.0.0.1 and a free port for tests: EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT, no TLS
/// and no authentication. <see cref="RejectRecipientsWith"/> makes it refuse every recipient, as a server refusing mail does.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private int queued;

    public SmtpTestServer()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>When set, the reply to every RCPT TO (e.g. "550 5.1.1 No such user").</summary>
    public string? RejectRecipientsWith { get; set; }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.Latin1);
        var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 localhost test SMTP ready");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets you");
                        await writer.WriteLineAsync("250 HELP");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync("250 2.1.0 Ok");
                        break;
                    case "RCPT" when RejectRecipientsWith is { } rejection:
                        await writer.WriteLineAsync(rejection);
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 Ok");
                        break;
                    case "DATA" when from is null || to.Count == 0:
                        await writer.WriteLineAsync("503 5.5.1 Need MAIL and RCPT first");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(stopping.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        Received.Enqueue(new ReceivedMail(from, [.. to], data.ToString()));
                        await writer.WriteLineAsync($"250 2.0.0 Ok: queued as TEST{Interlocked.Increment(ref queued)}");
                        from = null;
                        to.Clear();
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>', start + 1);
        return start >= 0 && end > start ? line[(start + 1)..end] : line.Split(':', 2).ElementAtOrDefault(1)?.Trim() ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
