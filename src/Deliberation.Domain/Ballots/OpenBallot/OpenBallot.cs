using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots.Options;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.Lifecycle;
using Deliberation.Tally;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.OpenBallot;

/// <summary>
/// Open a ballot in the current round's voting phase. On a proposal (or, with an <see cref="AmendmentId"/>, one of
/// its amendments: see <see cref="Proposals.AmendmentDecisions.PutAmendmentToVote"/>) it is a yes/no/abstain motion
/// decided by a motion rule of the tally library (simple majority unless another is given), overall and, with
/// <see cref="InEachValueOf"/>, inside each value of that group dimension held in the electorate. With
/// <see cref="Options"/> instead it is a choice among options, an election or a participatory budget, decided by
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

    /// <summary>A group dimension whose every value held in the electorate must also reach the threshold.</summary>
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
    private static BallotRule RuleOf(OpenBallot command, Session session, IReadOnlyList<Elector> electorate)
    {
        var motion = command.Motion ?? MotionRule.SimpleMajority;
        // The engine records who may vote, not who is in the room: a base or quorum of those present has nothing to count.
        if (motion.Base == MotionBase.Present || motion.Quorum?.Counts == QuorumBasis.Present)
            throw new InvalidInput("rule.motion", "cannot be measured against those present: the engine counts the electorate and the votes cast, not presence");
        try
        {
            Tally.Motions.Motion.Tally([], motion, new Tally.Motions.Electorate(electorate.Sum(e => e.Weight)));
        }
        catch (TallyInputError error)
        {
            throw new InvalidInput(error.Violations.Select(v => new FieldProblem("rule.motion" + (v.Path.StartsWith("rule", StringComparison.Ordinal) ? v.Path["rule".Length..] : ""), v.Problem)).ToList());
        }
        if (command.InEachValueOf is not { } dimension) return new BallotRule(motion, null, []);
        if (session.Dimensions.All(d => d.Key != dimension))
            throw new InvalidInput("rule.majority_in_each_value_of", $"\"{dimension}\" is not a group dimension of this session");
        var values = electorate.Select(e => e.Groups.GetValueOrDefault(dimension)).OfType<string>()
            .Where(v => v != Sessions.Groups.GroupDimension.Undisclosed).Distinct().Order(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
            throw new InvalidInput("rule.majority_in_each_value_of", $"no voter has a value of \"{dimension}\": there is no group to need a majority in");
        return new BallotRule(motion, dimension, values);
    }
}
