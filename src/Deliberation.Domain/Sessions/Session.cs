using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.CreateSession;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Sessions;

/// <summary>A structured dialogue: the state folded from the events of one session stream.</summary>
public sealed record Session(
    Guid Id, LocalizedText Title, LocalizedText? Description, IReadOnlyList<string> Languages, string AuthoritativeLanguage,
    SessionStatus Status, IReadOnlyList<GroupDimension> Dimensions, IReadOnlyList<AgendaItem> Agenda, DateTimeOffset CreatedAt)
{
    /// <summary>The round that is open or paused, if any: a session runs one round at a time.</summary>
    public Round? CurrentRound => Agenda.SelectMany(i => i.Rounds).FirstOrDefault(r => r.IsCurrent);

    /// <summary>When the current phase advances by itself; kept in the read model so the schedule can find it.</summary>
    public DateTimeOffset? NextDeadline =>
        Status == SessionStatus.InProgress && CurrentRound is { Status: RoundStatus.Open } round ? round.PhaseDeadline : null;

    /// <summary>The admission rule of proposals for the whole session (no agenda item) and per agenda item.</summary>
    public IReadOnlyList<AdmissionRuleSet> AdmissionRules { get; init; } = [];

    /// <summary>The rule for a proposal on the agenda item: the item's own, else the session's, else none.</summary>
    public AdmissionRule AdmissionRuleFor(Guid? agendaItemId) =>
        (AdmissionRules.LastOrDefault(r => r.AgendaItemId == agendaItemId && agendaItemId is not null)
         ?? AdmissionRules.LastOrDefault(r => r.AgendaItemId is null))?.Rule ?? AdmissionRule.None;

    public static Session Create(SessionCreated e) =>
        new(e.SessionId, e.Title, e.Description, e.Languages, e.AuthoritativeLanguage, SessionStatus.Draft, [], [], e.At);

    public Session Apply(SessionStatusChanged e) => this with { Status = e.To };

    public Session Apply(AdmissionRuleSet e) => this with { AdmissionRules = [.. AdmissionRules, e] };

    public Session Apply(GroupDimensionDefined e) => this with { Dimensions = [.. Dimensions, e.Dimension] };

    public Session Apply(AgendaItemAdded e) =>
        this with { Agenda = [.. Agenda, new AgendaItem(e.AgendaItemId, e.Title, e.DurationMinutes, e.Track, [])] };

    public Session Apply(AgendaItemMoved e)
    {
        var moved = Agenda.First(i => i.Id == e.AgendaItemId);
        var rest = Agenda.Where(i => i.Id != e.AgendaItemId).ToList();
        rest.Insert(e.Position, moved);
        return this with { Agenda = rest };
    }

    public Session Apply(RoundOpened e) => WithItem(e.AgendaItemId, item => item with
    {
        Rounds = [.. item.Rounds, new Round(e.RoundId, item.Rounds.Count + 1, e.Phases, 0, RoundStatus.Open, e.PhaseDeadline, null)],
    });

    public Session Apply(PhaseAdvanced e) => WithRound(e.RoundId, r => r with { PhaseIndex = e.PhaseIndex, PhaseDeadline = e.PhaseDeadline });

    public Session Apply(RoundPaused e) => WithRound(e.RoundId, r => r with { Status = RoundStatus.Paused, PhaseDeadline = null, SecondsLeft = e.SecondsLeft });

    public Session Apply(RoundResumed e) => WithRound(e.RoundId, r => r with { Status = RoundStatus.Open, PhaseDeadline = e.PhaseDeadline, SecondsLeft = null });

    public Session Apply(RoundClosed e) =>
        WithRound(e.RoundId, r => r with { Status = RoundStatus.Closed, PhaseIndex = r.Phases.Count - 1, PhaseDeadline = null, SecondsLeft = null });

    private Session WithItem(Guid itemId, Func<AgendaItem, AgendaItem> change) =>
        this with { Agenda = Agenda.Select(i => i.Id == itemId ? change(i) : i).ToList() };

    private Session WithRound(Guid roundId, Func<Round, Round> change) =>
        this with { Agenda = Agenda.Select(i => i with { Rounds = i.Rounds.Select(r => r.Id == roundId ? change(r) : r).ToList() }).ToList() };
}
