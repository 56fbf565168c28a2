using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>The rule a ballot opens with, over gRPC: shown before anyone votes, counted with weights, broken down by group.</summary>
public class BallotDecisionRuleTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    /// <summary>Four Albanian and three Serbian voters, set by the operator, with a proposal in a voting phase.</summary>
    private async Task<(Room Room, Proposal Proposal)> TwoCommunitiesAsync()
    {
        string[] albanian = ["arta", "besnik", "drita", "luan"], serbian = ["milan", "jelena", "stefan"];
        var room = await Room.WithVotersAsync(engine, [.. albanian, .. serbian]);
        await room.GroupAsync(engine, "community", [.. albanian.Select(n => (n, "albanian")), .. serbian.Select(n => (n, "serbian"))]);
        var proposal = await room.SubmitAsync("arta");
        await room.EnterVotingPhaseAsync();
        return (room, proposal);
    }

    private static async Task VoteAsync(Room room, string ballotId, params (string Name, VoteChoice Choice)[] votes)
    {
        foreach (var (name, choice) in votes)
            await room[name].Api.Ballots.CastVoteAsync(new CastVoteRequest { RequestId = NewId(), BallotId = ballotId, Choice = choice });
    }

    [Fact]
    public async Task A_double_majority_is_shown_to_voters_before_they_vote_and_a_community_that_says_no_rejects_the_motion()
    {
        var (room, proposal) = await TwoCommunitiesAsync();
        var opened = (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Rule = new BallotRule { MajorityInEachValueOf = "community" },
        })).Ballot;

        var seen = (await room["stefan"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = opened.BallotId })).Ballot;
        Assert.Equal(("community", TallyMotionBase.VotesCast), (seen.Rule.MajorityInEachValueOf, seen.Rule.Motion.Base));
        Assert.Equal(["albanian", "serbian"], seen.Rule.Values);
        await VoteAsync(room, opened.BallotId, ("arta", VoteChoice.Yes), ("besnik", VoteChoice.Yes), ("drita", VoteChoice.Yes), ("luan", VoteChoice.Yes),
            ("milan", VoteChoice.No), ("jelena", VoteChoice.No), ("stefan", VoteChoice.Yes));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = opened.BallotId })).Ballot;

        Assert.Equal((5, 2, false), (closed.Result.Yes, closed.Result.No, closed.Result.Adopted));
        Assert.Equal([("albanian", 4, 4, 0, true), ("serbian", 3, 1, 2, false)],
            closed.Result.ByGroup.Where(g => g.Required).Select(g => (g.Value, g.Voted, g.Yes, g.No, g.Held)));
        Assert.Contains("serbian", closed.Result.Explanation);
        var proposalAfter = (await room["arta"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        Assert.NotEqual(ProposalStatus.Adopted, proposalAfter.Status);
    }

    [Fact]
    public async Task A_weighted_vote_counts_as_that_many_and_the_record_shows_its_weight()
    {
        var (room, proposal) = await TwoCommunitiesAsync();
        var opened = (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Weights = { [room["milan"].ParticipantId] = 3 },
        })).Ballot;
        await VoteAsync(room, opened.BallotId, ("arta", VoteChoice.Yes), ("besnik", VoteChoice.Yes), ("milan", VoteChoice.No));

        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = opened.BallotId })).Ballot;
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = opened.BallotId });

        Assert.Equal((2, 3, false), (closed.Result.Yes, closed.Result.No, closed.Result.Adopted));
        Assert.Equal(3, record.Votes.Single(v => v.VoterId == room["milan"].ParticipantId).Weight);
    }

    [Fact]
    public async Task A_rule_or_weight_that_cannot_be_counted_is_refused_with_its_field_and_nothing_is_recorded()
    {
        var (room, proposal) = await TwoCommunitiesAsync();
        var moderator = room["moderator"].Api.Ballots;
        var stranger = Guid.NewGuid().ToString();
        var events = await engine.CountEventsAsync();

        var badShare = await Errors.CatchAsync(moderator.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId,
            Rule = new BallotRule { Motion = new TallyMotionRule { Threshold = new TallyThreshold { Share = new TallyFraction { Numerator = 3, Denominator = 2 }, Comparison = TallyThresholdComparison.AtLeast }, Base = TallyMotionBase.VotesCast } },
        }));
        var present = await Errors.CatchAsync(moderator.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId,
            Rule = new BallotRule { Motion = new TallyMotionRule { Threshold = new TallyThreshold { Share = new TallyFraction { Numerator = 1, Denominator = 2 }, Comparison = TallyThresholdComparison.MoreThan }, Base = TallyMotionBase.Present } },
        }));
        var unknownDimension = await Errors.CatchAsync(moderator.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Rule = new BallotRule { MajorityInEachValueOf = "gender" },
        }));
        var strangerWeight = await Errors.CatchAsync(moderator.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Weights = { [stranger] = 2 },
        }));
        var heavyWeight = await Errors.CatchAsync(moderator.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Weights = { [room["arta"].ParticipantId] = 1001 },
        }));

        Assert.Contains(badShare.ViolatedFields(), f => f.StartsWith("rule.motion.threshold", StringComparison.Ordinal));
        Assert.Equal(["rule.motion"], present.ViolatedFields());
        Assert.Equal(["rule.majority_in_each_value_of"], unknownDimension.ViolatedFields());
        Assert.Equal([$"weights[{stranger}]"], strangerWeight.ViolatedFields());
        Assert.Equal([$"weights[{room["arta"].ParticipantId}]"], heavyWeight.ViolatedFields());
        Assert.Equal(events, await engine.CountEventsAsync());
    }
}
