using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Engine.Sessions.Overview;
using Deliberation.Server.Common;
using Model = Deliberation.Domain.Sessions;

namespace Deliberation.Server.Sessions;

internal static class SessionMapping
{
    public static Session ToApi(this Model.Session session) => new()
    {
        SessionId = session.Id.ToString(),
        Title = session.Title.ToApi(session.Languages),
        Description = session.Description?.ToApi(session.Languages),
        Languages = { session.Languages },
        AuthoritativeLanguage = session.AuthoritativeLanguage,
        Status = session.Status.ToApi(),
        GroupDimensions = { session.Dimensions.Select(d => d.ToApi(session.Languages)) },
        Agenda = { session.Agenda.Select(i => i.ToApi(session.Languages)) },
        CurrentRoundId = Ids.Text(session.CurrentRound?.Id),
        CreatedAt = session.CreatedAt.ToApi(),
    };

    public static ParticipationCounts ToApi(this SessionOverview overview) => new()
    {
        Moderators = overview.ByStanding.GetValueOrDefault(Standing.Moderator),
        VotingParticipants = overview.ByStanding.GetValueOrDefault(Standing.VotingParticipant),
        Participants = overview.ByStanding.GetValueOrDefault(Standing.Participant),
        Observers = overview.ByStanding.GetValueOrDefault(Standing.Observer),
        ByGroup = { overview.ByGroup.Select(g => new Api.V1.GroupCount { Dimension = g.Dimension, Value = g.Value, Participants = g.Participants }) },
    };

    public static SessionStatus ToApi(this Model.SessionStatus status) => (SessionStatus)((int)status + 1);

    public static Model.SessionStatus ToDomain(this SessionStatus status) => (Model.SessionStatus)((int)status - 1);

    public static Model.Groups.GroupDimension ToDomain(this GroupDimension dimension) => new(
        dimension.Key, dimension.Name.ToDomain(),
        dimension.Values.Select(v => new Model.Groups.GroupValue(v.Key, v.Label.ToDomain())).ToList(), dimension.SelfDeclared);

    internal static GroupDimension ToApi(this Model.Groups.GroupDimension dimension, IReadOnlyList<string> languages) => new()
    {
        Key = dimension.Key,
        Name = dimension.Name.ToApi(languages),
        Values = { dimension.Values.Select(v => new GroupValue { Key = v.Key, Label = v.Label.ToApi(languages) }) },
        SelfDeclared = dimension.SelfDeclared,
    };

    private static AgendaItem ToApi(this Model.Agenda.AgendaItem item, IReadOnlyList<string> languages) => new()
    {
        AgendaItemId = item.Id.ToString(),
        Title = item.Title.ToApi(languages),
        DurationMinutes = item.DurationMinutes ?? 0,
        Track = item.Track ?? "",
        Rounds = { item.Rounds.Select(ToApi) },
    };

    private static Round ToApi(Model.Agenda.Round round) => new()
    {
        RoundId = round.Id.ToString(),
        Number = round.Number,
        Phases = { round.Phases.Select(p => new PhasePlan { Phase = p.Phase.ToApi(), DurationSeconds = p.DurationSeconds ?? 0 }) },
        Phase = round.Phase.ToApi(),
        Status = (RoundStatus)((int)round.Status + 1),
        PhaseDeadline = round.PhaseDeadline.ToApi(),
        SecondsLeft = round.SecondsLeft ?? 0,
    };

    public static Phase ToApi(this Model.Agenda.Phase phase) => (Phase)((int)phase + 1);

    public static Model.Agenda.Phase ToDomain(this Phase phase) => (Model.Agenda.Phase)((int)phase - 1);
}
