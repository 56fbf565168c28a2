using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;
using Deliberation.Cli.Watch;
using Google.Protobuf;
using Grpc.Core;
using Spectre.Console;

namespace Deliberation.Cli.Commands;

/// <summary>
/// `delib watch`: follows a session's feed until the session closes. On a terminal, a live view; otherwise
/// one line per event (or, with --json, one JSON message per line). A dropped stream is resumed by itself
/// after the last position received, so nothing is shown twice or missed.
/// </summary>
internal static class WatchCommand
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(5);
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    public static Command Build()
    {
        var session = CommonOptions.Id("session-id", "session");
        var after = new Option<long>("--after") { Description = "Start after this position (default: from the session's beginning)" };
        var command = new Command("watch", "Follow a session live: agenda item, round and phase, the speakers list and the latest events; ends when the session closes")
        {
            Arguments = { session }, Options = { after },
        };
        command.SetAction(Delib.Action((cli, parsed, ct) => WatchAsync(cli, parsed.GetValue(session)!, parsed.GetValue(after), parsed.InvocationConfiguration.Error, ct)));
        return command;
    }

    private static async Task WatchAsync(CliContext cli, string sessionId, long after, TextWriter error, CancellationToken cancellationToken)
    {
        var state = new WatchState();
        var live = !cli.Json && cli.Output == Console.Out && !Console.IsOutputRedirected;
        if (live)
            await cli.Console.Live(WatchScreen.Render(state, null)).StartAsync(async context =>
                await FollowAsync(cli, sessionId, after, state, (message, notice) =>
                {
                    if (state.Live || notice is not null) context.UpdateTarget(WatchScreen.Render(state, notice));
                    return Task.CompletedTask;
                }, cancellationToken));
        else
        {
            await FollowAsync(cli, sessionId, after, state, async (message, notice) =>
            {
                if (notice is not null) await error.WriteLineAsync($"delib: {notice}");
                else if (cli.Json) await cli.Output.WriteLineAsync(Formatter.Format(message));
                else if (message is not null) await cli.Output.WriteLineAsync(Line(message, state));
            }, cancellationToken);
            // A log ends with the view of how the session stood at its close.
            if (!cli.Json && state.Closed) cli.Console.Write(WatchScreen.Render(state, null));
        }
    }

    /// <summary>An event as a line of a log: position, local time and what happened.</summary>
    private static string Line(SessionEvent message, WatchState state) =>
        $"#{message.Position} " + (message.OccurredAt is { } at ? $"{at.ToDateTimeOffset().ToLocalTime():HH:mm:ss} " : "") + EventText.Describe(message, state);

    /// <summary>Reads the feed into the state, calling <paramref name="show"/> for each message or notice, resuming until the session closes.</summary>
    private static async Task FollowAsync(CliContext cli, string sessionId, long after, WatchState state,
        Func<SessionEvent?, string?, Task> show, CancellationToken cancellationToken)
    {
        var client = new EventService.EventServiceClient(cli.Channel);
        var position = after;
        var connected = false;
        var retry = FirstRetry;
        while (!state.Closed && !cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var call = client.WatchSession(new WatchSessionRequest { SessionId = sessionId, AfterPosition = position }, cancellationToken: cancellationToken);
                await foreach (var message in call.ResponseStream.ReadAllAsync(cancellationToken))
                {
                    (connected, retry, position) = (true, FirstRetry, message.Position);
                    state.Apply(message);
                    await show(message, null);
                    if (state.Closed) return;
                }
            }
            catch (RpcException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (RpcException e) when (connected && Resumable(e.StatusCode))
            {
                await show(null, $"{ErrorLine.For(e, cli.Server)["error: ".Length..]}; resuming after position {position}");
                await Task.Delay(retry, cancellationToken);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    /// <summary>The stream was lost or dropped, not refused: the same request can succeed later.</summary>
    private static bool Resumable(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.Aborted or StatusCode.Internal or StatusCode.Unknown or StatusCode.ResourceExhausted or StatusCode.Cancelled;
}
