using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using System.Text.RegularExpressions;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Ballots decided by consent over gRPC: positions taken online and in the room, a community's veto, the proposal adopted when nobody blocks.</summary>
public class ConsentBallotTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly string[] Albanian = ["arta", "besnik", "drita", "luan"], Serbian = ["milan", "jelena"];

    [Fact]
    public async Task A_consent_ballot_shows_its_veto_before_anyone_takes_a_position_and_one_communitys_block_stops_it()
    {
        var room = await Room.WithVotersAsync(engine, [.. Albanian, .. Serbian]);
        await room.GroupAsync(engine, "community", [.. Albanian.Select(n => (n, "albanian")), .. Serbian.Select(n => (n, "serbian"))]);
        var proposal = await room.SubmitAsync("arta");
        await room.EnterVotingPhaseAsync();
        var opened = await OpenAsync(room, proposal, new BallotRule
        {
            Consent = new TallyConsentRule { BlocksToStop = "3", BlocksFromOneGroupToStop = "1" }, VetoInEachValueOf = "community",
        });
        using var feed = new Watcher(room["moderator"].Api, room.SessionId);

        var seen = (await room["milan"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = opened.BallotId })).Ballot;
        await TakeAsync(room, opened, ("arta", TallyConsentChoice.Consent), ("besnik", TallyConsentChoice.Consent), ("drita", TallyConsentChoice.Consent),
            ("luan", TallyConsentChoice.StandAside), ("milan", TallyConsentChoice.Block), ("jelena", TallyConsentChoice.Consent));
        var blockShown = await feed.UntilAsync(e => e.VoteCast?.VoterId == room["milan"].ParticipantId);
        var closed = await CloseAsync(room, opened);
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = opened.BallotId });

        Assert.Equal(("3", "1", "community"), (seen.Rule.Consent.BlocksToStop, seen.Rule.Consent.BlocksFromOneGroupToStop, seen.Rule.VetoInEachValueOf));
        Assert.Equal(["albanian", "serbian"], seen.Rule.Values);
        Assert.Equal(new RunningTotals(), seen.RunningTotals); // public: positions standing are shown, none yet
        Assert.Equal(TallyConsentChoice.Block, blockShown.VoteCast.Position);
        var result = closed.ConsentResult;
        Assert.Equal((4, 1, 1, TallyDecision.Blocked, false), (result.Consent, result.StandAside, result.Block, result.Decision, result.Adopted));
        Assert.Contains("serbian", result.Explanation);
        Assert.Equal([("albanian", 3, 0, false), ("serbian", 1, 1, true)], result.ByGroup.Select(g => (g.Value, g.Consent, g.Block, g.Stopped)));
        Assert.Null(closed.Result);
        Assert.Equal(TallyConsentChoice.Block, record.Votes.Single(v => v.VoterId == room["milan"].ParticipantId).Position);
        Assert.Equal(closed.ConsentResult, (await feed.UntilAsync(e => e.BallotClosed is not null)).BallotClosed.ConsentResult);
        // In the clear as a public ballot's record is (what the secret ballot's test looks for, and does not find).
        Assert.Contains(await engine.StoredAboutVotersAsync(opened.BallotId), PositionInTheClear);
        var after = (await room["arta"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        Assert.NotEqual(ProposalStatus.Adopted, after.Status);
    }

    [Fact]
    public async Task A_consent_ballot_nobody_blocks_adopts_its_proposal_with_the_rooms_positions_and_votes_or_rules_of_the_wrong_kind_are_refused()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var proposal = await room.SubmitAsync("arta");
        var (_, motion) = await room.ProposalWithBallotAsync();
        var events = await engine.CountEventsAsync();
        Task<RpcException> RefusedRule(BallotRule rule) => Errors.CatchAsync(room["moderator"].Api.Ballots.OpenBallotAsync(
            new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId, Rule = rule }));

        var simple = new TallyMotionRule
        {
            Threshold = new() { Share = new() { Numerator = 1, Denominator = 2 }, Comparison = TallyThresholdComparison.MoreThan }, Base = TallyMotionBase.VotesCast,
        };
        var both = await RefusedRule(new BallotRule { Consent = new(), Motion = simple });
        var groups = await RefusedRule(new BallotRule { Consent = new TallyConsentRule { Groups = { "serbian" } } });
        var vetoWithoutLimit = await RefusedRule(new BallotRule { Consent = new(), VetoInEachValueOf = "community" });
        var vetoOnMotion = await RefusedRule(new BallotRule { VetoInEachValueOf = "community" });
        var positionOnMotion = await Errors.CatchAsync(room["arta"].Api.Ballots.CastVoteAsync(Position(motion, TallyConsentChoice.Consent)));
        Assert.Equal(events, await engine.CountEventsAsync());

        var ballot = await OpenAsync(room, proposal, new BallotRule { Consent = new() });
        var choiceOnConsent = await Errors.CatchAsync(room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes)));
        var unknownPosition = await Errors.CatchAsync(room["arta"].Api.Ballots.CastVoteAsync(Position(ballot, (TallyConsentChoice)9)));
        await TakeAsync(room, ballot, ("arta", TallyConsentChoice.Consent), ("milan", TallyConsentChoice.StandAside));
        var running = (await room["arta"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot.RunningTotals;
        var choicesFromTheRoom = await Errors.CatchAsync(room["moderator"].Api.Ballots.RecordBallotBatchAsync(new RecordBallotBatchRequest
        {
            RequestId = NewId(), BallotId = ballot.BallotId, Kind = BatchKind.ShowOfHands, Yes = 2,
        }));
        await room["moderator"].Api.Ballots.RecordBallotBatchAsync(new RecordBallotBatchRequest
        {
            RequestId = NewId(), BallotId = ballot.BallotId, Kind = BatchKind.ShowOfHands, Consent = 2, Note = "the hall",
        });
        var closed = await CloseAsync(room, ballot);

        Assert.Equal(["rule.motion"], both.ViolatedFields());
        Assert.Equal(["rule.consent.groups"], groups.ViolatedFields());
        Assert.Equal(["rule.veto_in_each_value_of"], vetoWithoutLimit.ViolatedFields());
        Assert.Equal(["rule.veto_in_each_value_of"], vetoOnMotion.ViolatedFields());
        Assert.Equal((StatusCode.InvalidArgument, "position"), (positionOnMotion.StatusCode, Assert.Single(positionOnMotion.ViolatedFields())));
        Assert.Equal(["choice"], choiceOnConsent.ViolatedFields());
        Assert.Equal(["position"], unknownPosition.ViolatedFields());
        Assert.Equal((1, 1, 0), (running.Consent, running.StandAside, running.Block));
        Assert.Equal((StatusCode.FailedPrecondition, "NOT_A_MOTION"), (choicesFromTheRoom.StatusCode, choicesFromTheRoom.Reason()));
        Assert.Equal((TallyDecision.Adopted, 3, 1), (closed.ConsentResult.Decision, closed.ConsentResult.Consent, closed.ConsentResult.StandAside));
        Assert.Equal((2, 2), (closed.Turnout.Voted, closed.Turnout.CountedInRoom));
        Assert.Equal(2, closed.Batches.Single().Consent);
        var after = (await room["arta"].Api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = proposal.ProposalId })).Proposal;
        Assert.Equal(ProposalStatus.Adopted, after.Status);
    }

    [Fact]
    public async Task A_secret_consent_ballot_counts_the_sealed_positions_and_nothing_stored_or_published_links_a_voter_to_a_block()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        var proposal = await room.SubmitAsync("arta");
        await room.EnterVotingPhaseAsync();
        var ballot = (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Rule = new BallotRule { Consent = new() }, Secrecy = BallotSecrecy.Secret,
        })).Ballot;
        await TakeAsync(room, ballot, ("arta", TallyConsentChoice.Consent), ("milan", TallyConsentChoice.Block), ("drita", TallyConsentChoice.Consent));

        var closed = await CloseAsync(room, ballot);
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((TallyDecision.Blocked, 2, 1), (closed.ConsentResult.Decision, closed.ConsentResult.Consent, closed.ConsentResult.Block));
        Assert.Equal([("", TallyConsentChoice.Block), ("", TallyConsentChoice.Consent), ("", TallyConsentChoice.Consent)],
            record.Votes.Select(v => (v.VoterId, v.Position)).OrderBy(v => v.Position == TallyConsentChoice.Consent));
        foreach (var row in await engine.StoredAboutVotersAsync(ballot.BallotId)) Assert.False(PositionInTheClear(row), row);
    }

    private static bool PositionInTheClear(string row) => Regex.IsMatch(row.Replace("\\", ""), "\"Position\":\\s*[^n\\s]");

    private static async Task<Ballot> OpenAsync(Room room, Proposal proposal, BallotRule rule) =>
        (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId, Rule = rule })).Ballot;

    private static CastVoteRequest Position(Ballot ballot, TallyConsentChoice position) => new() { RequestId = NewId(), BallotId = ballot.BallotId, Position = position };

    private static async Task TakeAsync(Room room, Ballot ballot, params (string Name, TallyConsentChoice Position)[] positions)
    {
        foreach (var (name, position) in positions) await room[name].Api.Ballots.CastVoteAsync(Position(ballot, position));
    }

    private static async Task<Ballot> CloseAsync(Room room, Ballot ballot) =>
        (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
}
