using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Guildhall.Cli.Tests;

public sealed class SandboxCommandTests
{
    [Fact]
    public async Task Sandbox_serves_every_api_to_any_http_client_and_prints_the_credentials()
    {
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        Console.SetOut(TextWriter.Synchronized(output));
        try
        {
            var serving = Guildhall.Cli.Commands.GuildhallCommand.Create().Parse(["sandbox", "--urls", $"http://127.0.0.1:{port}"]).InvokeAsync(cancellationToken: stop.Token);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var health = await WaitForAsync(http, "_sandbox/health");
            await stop.CancelAsync();
            var exitCode = await serving;

            using var document = JsonDocument.Parse(health);
            Assert.Equal("ok", document.RootElement.GetProperty("status").GetString());
            Assert.Equal(0, exitCode);
            Assert.Contains("Credentials:", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("tatsu", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    [Theory]
    [InlineData(false, HttpStatusCode.BadRequest)]
    [InlineData(true, HttpStatusCode.Accepted)]
    public async Task Sandbox_delivers_off_loopback_only_with_allow_remote_delivery(bool allow, HttpStatusCode expected)
    {
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        string[] args = ["sandbox", "--urls", $"http://127.0.0.1:{port}", .. allow ? new[] { "--allow-remote-delivery" } : []];
        var serving = Guildhall.Cli.Commands.GuildhallCommand.Create().Parse(args).InvokeAsync(cancellationToken: stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await WaitForAsync(http, "_sandbox/health");

        using var body = new StringContent("{\"url\":\"http://192.0.2.1/dbl\",\"format\":\"legacy\",\"secret\":\"s\"}", System.Text.Encoding.UTF8, "application/json");
        using var delivery = await http.PostAsync("_sandbox/topgg/deliveries", body);
        await stop.CancelAsync();

        Assert.Equal(expected, delivery.StatusCode);
        Assert.Equal(0, await serving);
    }

    private static async Task<string> WaitForAsync(HttpClient http, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await http.GetStringAsync(path);
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                // The sandbox is still starting.
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
