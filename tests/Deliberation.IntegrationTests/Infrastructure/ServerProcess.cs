using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>
/// The engine as a separate operating-system process (the deliberation-server program the tests are built
/// with), on the fixture's database and signing key: another node, sharing nothing else with the tests.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(EngineFixture engine)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "deliberation-server.dll"),
                "--connection-string", engine.ConnectionString, "--signing-key", engine.Options.SigningKeyPath,
                "--operator-credential", EngineFixture.OperatorCredential, "--data-dir", TestCluster.NewDataFolder(),
                "--port", "0", "--web-port", "0",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server program did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null && Listening().Match(line.Data) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ => listening.TrySetException(new InvalidOperationException("The server program ended.")));
        // Only so that a server that never starts fails the test instead of hanging it.
        return new ServerProcess(process, await listening.Task.WaitAsync(TimeSpan.FromSeconds(120)));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://\S+) \(gRPC\)")]
    private static partial Regex Listening();
}
