using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots.Options;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;
using Deliberation.Tally;
using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.OpenBallot;

/// <summary>
/// Open a ballot in the current round's voting phase. On a proposal (or, with an <see cref="AmendmentId"/>, one of
/// its amendments: see <see cref="Proposals.AmendmentDecisions.PutAmendmentToVote"/>) it is a yes/no/abstain motion
/// decided by a motion rule of the tally library (simple majority unless another is given), overall and, with
/// <see cref="InEachValueOf"/>, inside each value of that group dimension held in the electorate; or, with
/// <see cref="Consent"/>, a consent / stand aside / block decision, with a veto in each such value if its rule
/// has one. With <see cref="Options"/> instead it is a choice among options, an election or a participatory budget, decided by
/// the method its rule names. Its electorate is every participant with voting rights at this moment, each with
/// weight one unless <see cref="Weights"/> says otherwise; it does not change afterwards.
/// </summary>
public sealed record OpenBallot(Guid BallotId, Guid? ProposalId, BallotSecrecy Secrecy, bool ChangesAllowed, DateTimeOffset? ClosesAt, Actor By, Guid? AmendmentId = null)
{
    /// <summary>The options voted on, with their rule; null for a motion on the proposal.</summary>
    public BallotOptions? Options { get; init; }

    /// <summary>The session of an options ballot; a ballot on a proposal is held in the proposal's session.</summary>
    public Guid SessionId { get; init; }

    /// <summary>The motion rule; null for simple majority.</summary>
    public MotionRule? Motion { get; init; }

    /// <summary>A consent rule, instead of a motion rule: the ballot takes consent, stand aside or block.</summary>
    public ConsentRule? Consent { get; init; }

    /// <summary>
    /// A group dimension whose every value held in the electorate must also reach the motion's threshold, or on
    /// consent, in each of whose values the rule's group limit of blocks stops the decision (a group veto).
    /// </summary>
    public string? InEachValueOf { get; init; }

    /// <summary>Voters whose vote weighs other than one.</summary>
    public IReadOnlyDictionary<Guid, int> Weights { get; init; } = new Dictionary<Guid, int>();

    public const int MaxWeight = 1000;

    /// <param name="proposal">The proposal voted on; null for an options ballot.</param>
    public static BallotOpened Decide(Proposal? proposal, Session session, IEnumerable<Participant> participants, OpenBallot command, DateTimeOffset now)
    {
        if (command.ProposalId is { } proposalId && (proposal is null || proposal.SessionId != session.Id)) throw new NotFound("proposal", proposalId);
        if ((command.ProposalId is null) == (command.Options is null))
            throw new ArgumentException("A ballot is on a proposal or on options, not both or neither.", nameof(command));
        SessionLifecycle.RequireChangeable(session);
        PhaseGate.Require(session, Phase.Voting);
        if (command.ClosesAt <= now)
            throw new RuleViolation(RuleViolationReason.DeadlinePassed, $"The ballot would close at {command.ClosesAt:u}, which is not in the future.");
        var voters = participants
            .Where(p => p.SessionId == session.Id && Permissions.Allows(p.Standing, Permission.Vote, p.VotingRights))
            .ToList();
        InvalidInput.ThrowIfAny(command.Weights.Keys.Where(id => voters.All(v => v.Id != id))
            .Select(id => new FieldProblem($"weights[{id}]", "is not a participant with voting rights in this session")).ToList());
        var electorate = voters.Select(p => new Elector(p.Id, command.Weights.GetValueOrDefault(p.Id, 1), p.Groups)).ToList();
        var rule = command.Options is null ? RuleOf(command, session, electorate) : BallotRule.SimpleMajority;
        if (command.Options is { } options) BallotOptionsCheck.Require(options, session);
        return new BallotOpened(command.BallotId, session.Id, proposal?.Id, session.CurrentRound!.Id, rule,
            command.Secrecy, command.ChangesAllowed, electorate, command.ClosesAt, command.By, now, command.AmendmentId) { Options = command.Options };
    }

    /// <summary>The rule as it will be shown and counted, or the field that keeps it from being one.</summary>
    private static BallotRule RuleOf(OpenBallot command, Session session, IReadOnlyList<Elector> electorate) =>
        command.Consent is { } consent ? ConsentRuleOf(consent, command, session, electorate) : MotionRuleOf(command, session, electorate);

    private static BallotRule ConsentRuleOf(ConsentRule consent, OpenBallot command, Session session, IReadOnlyList<Elector> electorate)
    {
        if (command.Motion is not null) throw new ArgumentException("A ballot is decided by a motion rule or by consent, not both.", nameof(command));
        if (consent.Quorum?.Counts == QuorumBasis.Present)
            throw new InvalidInput("rule.consent.quorum", "cannot be measured against those present: the engine counts the electorate and the votes cast, not presence");
        if (consent.Groups is not null) throw new ArgumentException("A ballot's veto groups are the values of its dimension.", nameof(command));
        if ((consent.BlocksFromOneGroupToStop is null) != (command.InEachValueOf is null))
            throw new InvalidInput("rule.veto_in_each_value_of", "a group veto needs both a dimension and consent.blocks_from_one_group_to_stop, or neither");
        CheckedByTheLibrary("rule.consent", () => ConsentDecision.Tally([], consent, new Tally.Motions.Electorate(electorate.Sum(e => e.Weight))));
        var (dimension, values) = command.InEachValueOf is { } named ? (named, ValuesOf(named, "rule.veto_in_each_value_of", session, electorate)) : (null, []);
        return new BallotRule(MotionRule.SimpleMajority, dimension, values) { Consent = consent };
    }

    private static BallotRule MotionRuleOf(OpenBallot command, Session session, IReadOnlyList<Elector> electorate)
    {
        var motion = command.Motion ?? MotionRule.SimpleMajority;
        // The engine records who may vote, not who is in the room: a base or quorum of those present has nothing to count.
        if (motion.Base == MotionBase.Present || motion.Quorum?.Counts == QuorumBasis.Present)
            throw new InvalidInput("rule.motion", "cannot be measured against those present: the engine counts the electorate and the votes cast, not presence");
        CheckedByTheLibrary("rule.motion", () => Tally.Motions.Motion.Tally([], motion, new Tally.Motions.Electorate(electorate.Sum(e => e.Weight))));
        return command.InEachValueOf is { } dimension
            ? new BallotRule(motion, dimension, ValuesOf(dimension, "rule.majority_in_each_value_of", session, electorate))
            : new BallotRule(motion, null, []);
    }

    /// <summary>Counts nothing under the rule, so that what the library cannot count is refused now, under the rule's field.</summary>
    private static void CheckedByTheLibrary(string field, Action count)
    {
        try
        {
            count();
        }
        catch (TallyInputError error)
        {
            throw new InvalidInput(error.Violations.Select(v => new FieldProblem(field + (v.Path.StartsWith("rule", StringComparison.Ordinal) ? v.Path["rule".Length..] : ""), v.Problem)).ToList());
        }
    }

    /// <summary>The values of the dimension that voters of the electorate hold (undisclosed left out), or the field's problem.</summary>
    private static List<string> ValuesOf(string dimension, string field, Session session, IReadOnlyList<Elector> electorate)
    {
        if (session.Dimensions.All(d => d.Key != dimension))
            throw new InvalidInput(field, $"\"{dimension}\" is not a group dimension of this session");
        var values = electorate.Select(e => e.Groups.GetValueOrDefault(dimension)).OfType<string>()
            .Where(v => v != Sessions.Groups.GroupDimension.Undisclosed).Distinct().Order(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
            throw new InvalidInput(field, $"no voter has a value of \"{dimension}\": there is no group to count in");
        return values;
    }
}
