using System.Diagnostics;
using Deliberation.Api.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Deliberation.Feed.Benchmarks;

/// <summary>One session, one writer changing it at a steady pace, and N watchers timing each change's arrival.</summary>
internal sealed class FeedBench(GrpcChannel channel, string sessionId)
{
    public sealed record Result(double Median, double P99, double Max, int Deliveries, double WriteMedian);

    public static async Task<FeedBench> SetUpAsync(Uri address, string credential)
    {
        var anonymous = GrpcChannel.ForAddress(address);
        var token = (await new AccessService.AccessServiceClient(anonymous).SignInOperatorAsync(new SignInOperatorRequest { Credential = credential })).Token;
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            // Hundreds of streams need more than one HTTP/2 connection (Kestrel allows 100 streams on each).
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
        var session = (await new SessionService.SessionServiceClient(channel).CreateSessionAsync(new CreateSessionRequest
        {
            RequestId = Guid.NewGuid().ToString(), Languages = { "en" },
            Title = new LocalizedText { Texts = { new Translation { Language = "en", Text = "Feed benchmark" } } },
        })).Session;
        return new FeedBench(channel, session.SessionId);
    }

    /// <summary>
    /// The delay of a change is measured from the moment its command is acknowledged (so after its commit)
    /// to the moment a watcher has read it; every watcher's every change counts once.
    /// </summary>
    public async Task<Result> RunAsync(int watcherCount, int changes)
    {
        var events = new EventService.EventServiceClient(channel);
        var floor = new FloorService.FloorServiceClient(channel);
        using var hangUp = new CancellationTokenSource();
        var arrivals = new long[watcherCount][];
        var caughtUp = new List<Task>();
        var watching = new List<Task>();
        for (var w = 0; w < watcherCount; w++)
        {
            var times = arrivals[w] = new long[changes];
            var ready = new TaskCompletionSource();
            caughtUp.Add(ready.Task);
            watching.Add(Task.Run(async () =>
            {
                using var call = events.WatchSession(new WatchSessionRequest { SessionId = sessionId }, cancellationToken: hangUp.Token);
                var seen = 0;
                while (seen < changes && await call.ResponseStream.MoveNext(hangUp.Token))
                {
                    var message = call.ResponseStream.Current;
                    if (message.CaughtUp is not null) ready.TrySetResult();
                    else if (message.StatementAttributionSet is not null && ready.Task.IsCompleted) times[seen++] = Stopwatch.GetTimestamp();
                }
            }));
        }
        await Task.WhenAll(caughtUp);

        var acknowledged = new long[changes];
        var writes = new double[changes];
        for (var i = 0; i < changes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await floor.SetStatementAttributionAsync(new SetStatementAttributionRequest
            {
                RequestId = Guid.NewGuid().ToString(), SessionId = sessionId, Attribution = i % 2 == 0 ? Attribution.RoleOnly : Attribution.Attributed,
            });
            acknowledged[i] = Stopwatch.GetTimestamp();
            writes[i] = Stopwatch.GetElapsedTime(started, acknowledged[i]).TotalMilliseconds;
            var pause = TimeSpan.FromMilliseconds(20) - Stopwatch.GetElapsedTime(started);
            if (pause > TimeSpan.Zero) await Task.Delay(pause);
        }
        await Task.WhenAll(watching);

        // A watcher may read a change before its writer has heard back: that delay counts as zero.
        var delays = arrivals.SelectMany(times => times.Select((arrived, i) => Math.Max(0, Stopwatch.GetElapsedTime(acknowledged[i], arrived).TotalMilliseconds)))
            .Order().ToArray();
        return new Result(delays[delays.Length / 2], delays[(int)Math.Ceiling(delays.Length * 0.99) - 1], delays[^1], delays.Length,
            writes.Order().ElementAt(changes / 2));
    }
}
