using System.CommandLine;
using Deliberation.Cli.Commands;
using Deliberation.Cli.Output;
using Grpc.Core;
using Spectre.Console;

namespace Deliberation.Cli;

/// <summary>The delib command line: parses, runs one command against the server, and says how it went.</summary>
public static class Delib
{
    public const string DefaultServer = "http://127.0.0.1:50051";

    private static readonly Option<string> Server = new("--server")
    {
        Description = $"The engine's gRPC address (default: $DELIB_SERVER, else {DefaultServer})",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DELIB_SERVER") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultServer,
        Recursive = true,
    };

    private static readonly Option<string?> Token = new("--token")
    {
        Description = "The bearer token to call with (default: $DELIB_TOKEN, else the one saved by sign-in or join)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DELIB_TOKEN") is { Length: > 0 } fromEnvironment ? fromEnvironment : null,
        Recursive = true,
    };

    internal static readonly Option<string> ProfilePath = new("--profile")
    {
        Description = "Where sign-in and join save the token (default: $DELIB_PROFILE, else ~/.config/delib/profile.json)",
        DefaultValueFactory = _ => Profile.DefaultPath,
        Recursive = true,
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Print the server's answer as JSON, for scripts",
        Recursive = true,
    };

    /// <summary>Every command delib has (<see cref="CommandCatalog"/> says which RPC each calls).</summary>
    public static RootCommand Root() => new("delib: run structured dialogues on a Deliberation engine")
    {
        Options = { Server, Token, ProfilePath, Json },
        Subcommands =
        {
            AccessCommands.SignIn(), AccessCommands.Join(), SessionCommands.Build(), ParticipantCommands.Build(),
            AgendaCommands.Build(), FloorCommands.Build(), ProposalCommands.Build(), AmendmentCommands.Build(), BallotCommands.Build(),
            WatchCommand.Build(),
            TallyCommand.Build(), ProxyCommands.Build(), Demo.DemoCommand.Build(),
        },
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Root().Parse(args);
        if (parsed.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            // One line, however many things are wrong, like the server's refusals.
            await error.WriteLineAsync($"error: {string.Join("; ", parsed.Errors.Select(e => e.Message).Distinct())} (see --help)");
            return ExitCodes.InvalidInput;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Runs a command's work with a channel to the server, turning failures into one line and an exit code.</summary>
    internal static Func<ParseResult, CancellationToken, Task<int>> Action(Func<CliContext, ParseResult, CancellationToken, Task> work) =>
        async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var address = parsed.GetValue(Server)!;
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                await error.WriteLineAsync($"error: --server must be an http:// or https:// address, not '{address}'");
                return ExitCodes.InvalidInput;
            }

            var profilePath = parsed.GetValue(ProfilePath)!;
            var token = parsed.GetValue(Token) ?? (Profile.Load(profilePath) is { } saved && saved.Server == address ? saved.Token : null);
            using var channel = Channels.For(uri, token);
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            });
            // Written to a file or a pipe, a table keeps each row on one line for whoever reads it next.
            if (output != Console.Out || Console.IsOutputRedirected) console.Profile.Width = 240;
            try
            {
                await work(new CliContext(channel, console, output, parsed.GetValue(Json), address, profilePath), parsed, cancellationToken);
                return ExitCodes.Ok;
            }
            catch (RpcException e)
            {
                await error.WriteLineAsync(ErrorLine.For(e, address));
                return ExitCodes.For(e.StatusCode);
            }
            catch (InputError e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }
        };
}

/// <summary>Channels to the engine, each call carrying the caller's token when there is one.</summary>
internal static class Channels
{
    public static Grpc.Net.Client.GrpcChannel For(Uri address, string? token) => Grpc.Net.Client.GrpcChannel.ForAddress(address, new Grpc.Net.Client.GrpcChannelOptions
    {
        Credentials = token is null
            ? ChannelCredentials.Insecure
            : ChannelCredentials.Create(address.Scheme == "https" ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure,
                CallCredentials.FromInterceptor((_, metadata) =>
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                    return Task.CompletedTask;
                })),
        UnsafeUseInsecureChannelCallCredentials = address.Scheme == "http",
    });
}

/// <summary>Input that delib itself can tell is wrong before asking the server.</summary>
internal sealed class InputError(string message) : Exception(message);
