using System.Diagnostics;

namespace Deliberation.Engine.EmbeddedPostgres;

/// <summary>
/// Runs PostgreSQL's programs. PostgreSQL refuses to run as root, so a root process runs them
/// as the unprivileged `postgres` account that Debian's package creates.
/// </summary>
internal static class ProgramRunner
{
    public const string ServiceAccount = "postgres";

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", ServiceAccount, "--", program }) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var all = (await output + await error).Trim();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {all}");
        return all;
    }

    /// <summary>Gives the service account the folder, when the programs run as that account.</summary>
    public static async Task HandOverAsync(string path, CancellationToken cancellationToken)
    {
        if (!IsRoot) return;
        var start = new ProcessStartInfo("chown") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { "-R", $"{ServiceAccount}:", path }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"chown {ServiceAccount} {path} failed: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }
}
