using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Floor;

/// <summary>
/// Write down what was said in a turn: the speaker their own, a moderator (as rapporteur) anyone's.
/// The attribution in force when it is recorded stays with the statement.
/// </summary>
public sealed record RecordStatement(Guid SessionId, Guid TurnId, Guid StatementId, LocalizedText Text, Actor By, bool ByModerator)
{
    public static StatementRecorded Decide(Floor? floor, Session session, RecordStatement command, DateTimeOffset now)
    {
        var turn = floor?.Turns.FirstOrDefault(t => t.Id == command.TurnId) ?? throw new NotFound("turn", command.TurnId);
        Sessions.Lifecycle.SessionLifecycle.RequireChangeable(session);
        WorkingLanguages.Require(session.Languages, "statement", command.Text);
        if (!command.ByModerator && command.By.ParticipantId != turn.SpeakerId)
            throw new RuleViolation(RuleViolationReason.NotYourOwn, "A participant records statements of their own turns only.");
        return new StatementRecorded(floor!.Id, command.StatementId, turn.Id, turn.SpeakerId, command.Text, floor.Attribution, command.By.ParticipantId, now);
    }
}

/// <summary>Set how statements recorded from now on are attributed.</summary>
public sealed record SetStatementAttribution(Guid SessionId, Attribution Attribution, Actor By)
{
    public static IReadOnlyList<object> Decide(Floor? floor, Session session, SetStatementAttribution command, DateTimeOffset now)
    {
        Sessions.Lifecycle.SessionLifecycle.RequireChangeable(session);
        return FloorRules.On(floor, session, new StatementAttributionSet(FloorRules.OrEmpty(floor, session).Id, command.Attribution, command.By, now));
    }
}
