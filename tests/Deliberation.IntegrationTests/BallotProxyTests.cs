using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Proxies over gRPC: granted, counted with both weights at close and shown in the record, revoked in time, never chained.</summary>
public class BallotProxyTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static GrantProxyRequest Grant(Room room, string holder, string ballotId = "") =>
        new() { RequestId = NewId(), SessionId = room.SessionId, HolderId = room[holder].ParticipantId, BallotId = ballotId };

    private static async Task<Ballot> CloseAsync(Room room, string ballotId) =>
        (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId })).Ballot;

    [Fact]
    public async Task A_proxy_granted_for_the_session_counts_the_grantor_with_the_holders_choice_and_the_record_shows_it()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        var listed = await room["arta"].Api.Ballots.GrantProxyAsync(Grant(room, "milan"));
        var (_, ballot) = await room.ProposalWithBallotAsync();
        await room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["drita"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));

        var closed = await CloseAsync(room, ballot.BallotId);
        var record = await room["drita"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal([(room["arta"].ParticipantId, room["milan"].ParticipantId, "")], listed.Grants.Select(g => (g.GrantorId, g.HolderId, g.BallotId)));
        Assert.Equal((2, 1, true), (closed.Result.Yes, closed.Result.No, closed.Result.Adopted));
        Assert.Equal((3, 1), (closed.Turnout.Voted, closed.Turnout.ByProxy));
        var milan = record.Votes.Single(v => v.VoterId == room["milan"].ParticipantId);
        Assert.Equal((2, room["arta"].ParticipantId), (milan.Weight, milan.ProxyFor.Single()));
    }

    [Fact]
    public async Task A_grant_revoked_before_the_close_counts_for_nothing()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        var (_, ballot) = await room.ProposalWithBallotAsync(secrecy: BallotSecrecy.Secret);
        await room["arta"].Api.Ballots.GrantProxyAsync(Grant(room, "milan", ballot.BallotId));
        await room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes));
        await room["drita"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));

        var left = await room["arta"].Api.Ballots.RevokeProxyAsync(new RevokeProxyRequest { RequestId = NewId(), SessionId = room.SessionId, BallotId = ballot.BallotId });
        var closed = await CloseAsync(room, ballot.BallotId);

        Assert.Empty(left.Grants);
        Assert.Equal((1, 1, false, 0), (closed.Result.Yes, closed.Result.No, closed.Result.Adopted, closed.Turnout.ByProxy));
    }

    [Fact]
    public async Task On_a_secret_ballot_a_vote_carried_by_proxy_is_an_unmarked_line_of_weight_one()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        var (_, ballot) = await room.ProposalWithBallotAsync(secrecy: BallotSecrecy.Secret);
        await room["arta"].Api.Ballots.GrantProxyAsync(Grant(room, "milan", ballot.BallotId));
        await room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));

        var closed = await CloseAsync(room, ballot.BallotId);
        var record = await room["drita"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((0, 2), (closed.Result.Yes, closed.Result.No));
        Assert.Equal(2, record.Votes.Count);
        Assert.All(record.Votes, v => Assert.Equal(("", 1, 0, VoteChoice.No), (v.VoterId, v.Weight, v.ProxyFor.Count, v.Choice)));
        Assert.Equal(2, record.Votes.Select(v => v.Receipt).Distinct().Count());
    }

    [Fact]
    public async Task A_chain_a_grant_to_oneself_and_a_revocation_of_nothing_are_refused_and_record_nothing()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan", "drita");
        await room["arta"].Api.Ballots.GrantProxyAsync(Grant(room, "milan"));
        var events = await engine.CountEventsAsync();

        var onward = await Errors.CatchAsync(room["milan"].Api.Ballots.GrantProxyAsync(Grant(room, "drita")));
        var toHolderOfOthers = await Errors.CatchAsync(room["drita"].Api.Ballots.GrantProxyAsync(Grant(room, "arta")));
        var self = await Errors.CatchAsync(room["drita"].Api.Ballots.GrantProxyAsync(Grant(room, "drita")));
        var nothing = await Errors.CatchAsync(room["drita"].Api.Ballots.RevokeProxyAsync(new RevokeProxyRequest { RequestId = NewId(), SessionId = room.SessionId }));
        var othersByVoter = await Errors.CatchAsync(room["drita"].Api.Ballots.RevokeProxyAsync(
            new RevokeProxyRequest { RequestId = NewId(), SessionId = room.SessionId, GrantorId = room["arta"].ParticipantId }));

        Assert.Equal((StatusCode.FailedPrecondition, "PROXY_CHAIN"), (onward.StatusCode, onward.Reason()));
        Assert.Equal((StatusCode.FailedPrecondition, "PROXY_CHAIN"), (toHolderOfOthers.StatusCode, toHolderOfOthers.Reason()));
        Assert.Equal(["holder_id"], self.ViolatedFields());
        Assert.Equal((StatusCode.FailedPrecondition, "NO_PROXY"), (nothing.StatusCode, nothing.Reason()));
        Assert.Equal(StatusCode.PermissionDenied, othersByVoter.StatusCode);
        Assert.Equal(events, await engine.CountEventsAsync());
        var moderatorRevokes = await room["moderator"].Api.Ballots.RevokeProxyAsync(
            new RevokeProxyRequest { RequestId = NewId(), SessionId = room.SessionId, GrantorId = room["arta"].ParticipantId });
        Assert.Empty(moderatorRevokes.Grants);
    }
}
