using Deliberation.Api.V1;

namespace Deliberation.Cli.Watch;

/// <summary>What `delib watch` shows, folded from the session's events as they arrive.</summary>
internal sealed class WatchState
{
    private const int LatestShown = 10;

    private readonly Dictionary<string, string> _agendaTitles = [];
    private readonly List<string> _agenda = [];
    private readonly Dictionary<string, int> _rounds = [];
    private readonly Dictionary<string, string> _names = [];
    private readonly Dictionary<string, (string ParticipantId, RequestKind Kind, long Order)> _waiting = [];
    private readonly List<(long Position, string Line)> _latest = [];

    /// <summary>The position to resume after: the last message's.</summary>
    public long Position { get; private set; }
    public bool Live { get; private set; }
    public string Title { get; private set; } = "";
    public SessionStatus Status { get; private set; }
    public string CurrentItem { get; private set; } = "";
    public string CurrentRoundId { get; private set; } = "";
    public int RoundNumber { get; private set; }
    public Phase Phase { get; private set; }
    public bool RoundPaused { get; private set; }
    public DateTimeOffset? PhaseDeadline { get; private set; }
    public Turn? CurrentTurn { get; private set; }
    public string Attribution { get; private set; } = "attributed";
    public bool Closed => Status == SessionStatus.Closed;

    public IReadOnlyList<string> Agenda => _agenda.Select(id => _agendaTitles[id]).ToList();

    /// <summary>The speakers list: who waits, in the list's order.</summary>
    public IReadOnlyList<(string Name, RequestKind Kind)> Waiting =>
        _waiting.Values.OrderBy(w => w.Order).Select(w => (NameOf(w.ParticipantId), w.Kind)).ToList();

    public IReadOnlyList<(long Position, string Line)> Latest => _latest;

    /// <summary>Open ballots with their participation, and those closed since the round opened with their result.</summary>
    public WatchBallots Ballots { get; } = new();

    public string NameOf(string participantId) => _names.GetValueOrDefault(participantId, participantId.Length >= 8 ? participantId[..8] : participantId);

    public void Apply(SessionEvent message)
    {
        Position = message.Position;
        Ballots.Apply(message);
        switch (message.EventCase)
        {
            case SessionEvent.EventOneofCase.CaughtUp:
                Live = true;
                return;
            case SessionEvent.EventOneofCase.SessionCreated:
                Title = EventText.Of(message.SessionCreated.Session.Title);
                Status = message.SessionCreated.Session.Status;
                break;
            case SessionEvent.EventOneofCase.SessionStatusChanged:
                Status = message.SessionStatusChanged.To;
                break;
            case SessionEvent.EventOneofCase.AgendaItemAdded:
                _agendaTitles[message.AgendaItemAdded.AgendaItemId] = EventText.Of(message.AgendaItemAdded.Title);
                _agenda.Add(message.AgendaItemAdded.AgendaItemId);
                break;
            case SessionEvent.EventOneofCase.AgendaItemMoved:
                _agenda.Remove(message.AgendaItemMoved.AgendaItemId);
                _agenda.Insert(Math.Min(message.AgendaItemMoved.Position, _agenda.Count), message.AgendaItemMoved.AgendaItemId);
                break;
            case SessionEvent.EventOneofCase.RoundOpened:
                CurrentItem = _agendaTitles.GetValueOrDefault(message.RoundOpened.AgendaItemId, "");
                CurrentRoundId = message.RoundOpened.RoundId;
                RoundNumber = _rounds[message.RoundOpened.AgendaItemId] = _rounds.GetValueOrDefault(message.RoundOpened.AgendaItemId) + 1;
                Phase = message.RoundOpened.Phases[0].Phase;
                PhaseDeadline = message.RoundOpened.PhaseDeadline?.ToDateTimeOffset();
                RoundPaused = false;
                _waiting.Clear();
                break;
            case SessionEvent.EventOneofCase.PhaseAdvanced:
                Phase = message.PhaseAdvanced.Phase;
                PhaseDeadline = message.PhaseAdvanced.PhaseDeadline?.ToDateTimeOffset();
                break;
            case SessionEvent.EventOneofCase.RoundPaused:
                RoundPaused = true;
                PhaseDeadline = null;
                break;
            case SessionEvent.EventOneofCase.RoundResumed:
                RoundPaused = false;
                PhaseDeadline = message.RoundResumed.PhaseDeadline?.ToDateTimeOffset();
                break;
            case SessionEvent.EventOneofCase.RoundClosed:
                CurrentRoundId = "";
                Phase = Phase.Closed;
                _waiting.Clear();
                break;
            case SessionEvent.EventOneofCase.ParticipantJoined:
                _names[message.ParticipantJoined.Participant.ParticipantId] = message.ParticipantJoined.Participant.Name;
                break;
            case SessionEvent.EventOneofCase.StatementAttributionSet:
                Attribution = EventText.Name(message.StatementAttributionSet.Attribution.ToString());
                break;
            case SessionEvent.EventOneofCase.FloorRequested:
                var request = message.FloorRequested.Request;
                _waiting[request.FloorRequestId] = (request.ParticipantId, request.Kind, message.FloorRequested.OrderKey);
                break;
            case SessionEvent.EventOneofCase.FloorRequestMoved:
                if (_waiting.TryGetValue(message.FloorRequestMoved.FloorRequestId, out var moved))
                    _waiting[message.FloorRequestMoved.FloorRequestId] = moved with { Order = message.FloorRequestMoved.OrderKey };
                break;
            case SessionEvent.EventOneofCase.FloorRequestWithdrawn or SessionEvent.EventOneofCase.FloorRequestSkipped
                or SessionEvent.EventOneofCase.FloorRequestRemoved:
                _waiting.Remove(message.FloorRequestWithdrawn?.FloorRequestId ?? message.FloorRequestSkipped?.FloorRequestId
                    ?? message.FloorRequestRemoved.FloorRequestId);
                break;
            case SessionEvent.EventOneofCase.TurnStarted:
                _waiting.Remove(message.TurnStarted.FloorRequestId);
                CurrentTurn = message.TurnStarted.Turn;
                break;
            case SessionEvent.EventOneofCase.TurnPaused:
                if (CurrentTurn is not null) CurrentTurn.Running = false;
                break;
            case SessionEvent.EventOneofCase.TurnResumed:
                if (CurrentTurn is not null) CurrentTurn.Running = true;
                break;
            case SessionEvent.EventOneofCase.TurnEnded:
                CurrentTurn = null;
                break;
        }
        _latest.Add((message.Position, EventText.Describe(message, this)));
        if (_latest.Count > LatestShown) _latest.RemoveAt(0);
    }
}
