namespace Deliberation.Server.Hosting;

/// <summary>
/// How the engine runs. Each option can be given on the command line or in the environment
/// (see <see cref="ServerOptionsParser"/> and the README); the defaults need no configuration at all.
/// </summary>
public sealed record ServerOptions
{
    public const int DefaultPort = 50051;
    public const int DefaultWebPort = 50052;

    /// <summary>The address to listen on: loopback unless told otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The gRPC port (HTTP/2 without TLS); 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// The gRPC-Web port for browsers (HTTP/1.1); 0 picks a free one. Without TLS, one port cannot
    /// speak both HTTP/2 and HTTP/1.1, so gRPC-Web has a port of its own.
    /// </summary>
    public int WebPort { get; init; } = DefaultWebPort;

    /// <summary>An external PostgreSQL to use; when absent the engine starts its own in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Where the embedded PostgreSQL keeps its cluster.</summary>
    public string DataDirectory { get; init; } = DefaultDataDirectory();

    /// <summary>The folder of PostgreSQL's initdb and pg_ctl, when they are neither on the PATH nor in Debian's place.</summary>
    public string? PostgresBin { get; init; }

    /// <summary>The file holding the key the engine signs its tokens with; by default in the data folder.</summary>
    public string? SigningKeyFile { get; init; }

    public string SigningKeyPath => SigningKeyFile ?? Path.Combine(DataDirectory, "signing-key.pem");

    /// <summary>
    /// The operator credential to set at the first start, for automated deployments; otherwise the
    /// engine makes one and shows it once in its log.
    /// </summary>
    public string? OperatorCredential { get; init; }

    /// <summary>An OpenID Connect issuer whose tokens the engine also accepts (its discovery document is read from here).</summary>
    public string? OidcAuthority { get; init; }

    /// <summary>The audience the external issuer's tokens must name.</summary>
    public string? OidcAudience { get; init; }

    /// <summary>The role (in the token's "roles" or "role" claim) that makes an external caller the operator.</summary>
    public string OidcOperatorRole { get; init; } = "deliberation-operator";

    /// <summary>The engine's clock: the system's, unless a test needs to move it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>"text" for people, "json" for log collectors.</summary>
    public string LogFormat { get; init; } = "text";

    /// <summary>
    /// Root's data goes where system services keep theirs (and where the postgres account can reach it);
    /// anyone else's in their own XDG data folder.
    /// </summary>
    public static string DefaultDataDirectory() =>
        Environment.IsPrivilegedProcess
            ? "/var/lib/deliberation"
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share"),
                "deliberation");
}
