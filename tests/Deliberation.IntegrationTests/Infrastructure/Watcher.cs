using Deliberation.Api.V1;
using Grpc.Core;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>A session feed being read: what has arrived, and reading on until something arrives.</summary>
public sealed class Watcher : IDisposable
{
    // Only so that a broken feed fails the test instead of hanging it; nothing here measures time.
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    private readonly AsyncServerStreamingCall<SessionEvent> _call;
    private readonly CancellationTokenSource _hangUp = new();

    public Watcher(Clients caller, string sessionId, long afterPosition = 0)
    {
        _call = caller.Events.WatchSession(new WatchSessionRequest { SessionId = sessionId, AfterPosition = afterPosition },
            cancellationToken: _hangUp.Token);
    }

    /// <summary>Every message received, caught_up included.</summary>
    public List<SessionEvent> Received { get; } = [];

    /// <summary>The events received (without caught_up).</summary>
    public IEnumerable<SessionEvent> Events => Received.Where(e => e.EventCase != SessionEvent.EventOneofCase.CaughtUp);

    public long LastPosition => Received.Count == 0 ? 0 : Received[^1].Position;

    /// <summary>Reads until a message matches, and returns it.</summary>
    public async Task<SessionEvent> UntilAsync(Func<SessionEvent, bool> match)
    {
        using var giveUp = new CancellationTokenSource(GiveUp);
        while (await _call.ResponseStream.MoveNext(giveUp.Token))
        {
            Received.Add(_call.ResponseStream.Current);
            if (match(_call.ResponseStream.Current)) return _call.ResponseStream.Current;
        }
        throw new InvalidOperationException("The feed ended.");
    }

    public Task<SessionEvent> CaughtUpAsync() => UntilAsync(e => e.EventCase == SessionEvent.EventOneofCase.CaughtUp);

    public Task<SessionEvent> UntilAgendaItemAsync(string title) =>
        UntilAsync(e => e.AgendaItemAdded?.Title.Texts[0].Text == title);

    public void Dispose()
    {
        _hangUp.Cancel();
        _call.Dispose();
        _hangUp.Dispose();
    }
}
