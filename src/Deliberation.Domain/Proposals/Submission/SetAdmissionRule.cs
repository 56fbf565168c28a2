using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Proposals.Submission;

/// <summary>The rule proposals submitted afterwards must meet, for the whole session or one agenda item (which then overrides the session's).</summary>
public sealed record AdmissionRuleSet(Guid SessionId, Guid? AgendaItemId, AdmissionRule Rule, Actor By, DateTimeOffset At);

/// <summary>Set the admission rule of a session or of one of its agenda items; proposals already submitted keep theirs.</summary>
public sealed record SetAdmissionRule(Guid SessionId, Guid? AgendaItemId, AdmissionRule Rule, Actor By)
{
    public static AdmissionRuleSet Decide(Session? session, SetAdmissionRule command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        var problems = new List<FieldProblem>();
        if (command.AgendaItemId is { } item && session.Agenda.All(i => i.Id != item))
            problems.Add(new("agenda_item_id", $"names no agenda item of session {session.Id}"));
        if (command.Rule.Dimension is { } dimension && session.Dimensions.All(d => d.Key != dimension))
            problems.Add(new("rule.dimension", $"names no group dimension of session {session.Id}"));
        if (command.Rule.Dimension is not null && command.Rule.DistinctValues > command.Rule.Cosponsors)
            problems.Add(new("rule.distinct_values", "cannot exceed the number of co-sponsors asked for"));
        InvalidInput.ThrowIfAny(problems);
        return new AdmissionRuleSet(session.Id, command.AgendaItemId, command.Rule, command.By, now);
    }
}
