using Grpc.Net.Client;
using Spectre.Console;

namespace Deliberation.Cli;

/// <summary>What every command works with: the server's channel and where to write.</summary>
internal sealed class CliContext(GrpcChannel channel, IAnsiConsole console, TextWriter output, bool json, string server, string profilePath)
{
    public string Server { get; } = server;
    public string ProfilePath { get; } = profilePath;
    public GrpcChannel Channel { get; } = channel;
    public IAnsiConsole Console { get; } = console;
    public TextWriter Output { get; } = output;
    public bool Json { get; } = json;
}
