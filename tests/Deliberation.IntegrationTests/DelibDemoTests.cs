using System.Text.Json;
using Deliberation.Api.V1;
using Deliberation.Cli;
using Deliberation.IntegrationTests.Infrastructure;

namespace Deliberation.IntegrationTests;

/// <summary>`delib demo` plays its session against the real server, and the session it leaves is the one it told.</summary>
public class DelibDemoTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private async Task<(int ExitCode, string Output, string Error)> DelibAsync(string profile, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--profile", profile, .. args], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<string> PlayDemoAsync()
    {
        var profile = Path.Combine(TestCluster.NewDataFolder(), "profile.json");
        Assert.Equal(ExitCodes.Ok, (await DelibAsync(profile, "sign-in", EngineFixture.OperatorCredential)).ExitCode);
        var (exitCode, output, error) = await DelibAsync(profile, "demo", "--pace", "0", "--json");
        Assert.True(exitCode == ExitCodes.Ok, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("sessionId").GetString()!;
    }

    [Fact]
    public async Task The_demo_seats_two_communities_of_voters_with_a_moderator()
    {
        var sessionId = await PlayDemoAsync();

        var people = (await engine.Operator.Participants.ListParticipantsAsync(new ListParticipantsRequest { SessionId = sessionId })).Participants;
        Assert.Equal(8, people.Count);
        Assert.Equal(4, people.Count(p => p.VotingRights && p.Groups["community"] == "albanian"));
        Assert.Equal(3, people.Count(p => p.VotingRights && p.Groups["community"] == "serbian"));
        Assert.All(people, p => Assert.Contains(p.Groups["gender"], new[] { "woman", "man" }));
    }

    [Fact]
    public async Task The_demo_floor_alternates_between_the_communities()
    {
        var sessionId = await PlayDemoAsync();

        var floor = (await engine.Operator.Floor.GetFloorAsync(new GetFloorRequest { SessionId = sessionId })).Floor;
        var people = (await engine.Operator.Participants.ListParticipantsAsync(new ListParticipantsRequest { SessionId = sessionId })).Participants.ToDictionary(p => p.ParticipantId);
        Assert.Equal(["Arta", "Milan", "Besnik", "Jelena"], floor.Turns.Select(t => people[t.SpeakerId].Name));
        Assert.Equal(4, floor.Statements.Count);
    }

    [Fact]
    public async Task The_demo_proposal_ends_adopted_with_the_friendly_amendment_in_all_three_languages()
    {
        var sessionId = await PlayDemoAsync();

        var proposal = (await engine.Operator.Proposals.ListProposalsAsync(new ListProposalsRequest { SessionId = sessionId })).Proposals.Single();
        Assert.Equal(ProposalStatus.Adopted, proposal.Status);
        var documents = proposal.Paragraphs[1].Text.Texts.ToDictionary(t => t.Language, t => t.Text);
        Assert.Contains("dhjetë ditësh", documents["sq"]);
        Assert.Contains("deset dana", documents["sr-Latn"]);
        Assert.Contains("ten days", documents["en"]);
        Assert.Equal(AmendmentStatus.Merged, proposal.Amendments.Single(a => a.Number == 1).Status);
    }

    [Fact]
    public async Task The_demo_amendment_wins_the_room_but_fails_in_one_community_and_the_proposal_holds_in_both()
    {
        var sessionId = await PlayDemoAsync();

        var proposal = (await engine.Operator.Proposals.ListProposalsAsync(new ListProposalsRequest { SessionId = sessionId })).Proposals.Single();
        var amendment = proposal.Amendments.Single(a => a.Number == 2);
        Assert.Equal(AmendmentStatus.Rejected, amendment.Status);
        var onAmendment = (await engine.Operator.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = amendment.BallotId })).Ballot;
        var onProposal = (await engine.Operator.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = proposal.AdoptedByBallotId })).Ballot;
        Assert.Equal(("community", BallotSecrecy.Secret), (onAmendment.Rule.MajorityInEachValueOf, onAmendment.Secrecy));
        Assert.Equal((4, 3, false), (onAmendment.Result.Yes, onAmendment.Result.No, onAmendment.Result.Adopted));
        Assert.Equal([("albanian", true), ("serbian", false)], Required(onAmendment));
        Assert.Equal([("albanian", true), ("serbian", true)], Required(onProposal));
        Assert.True(onProposal.Result.Adopted);

        static IEnumerable<(string, bool)> Required(Ballot ballot) => ballot.Result.ByGroup.Where(g => g.Required).Select(g => (g.Value, g.Held));
    }

    [Fact]
    public async Task The_demo_needs_a_signed_in_operator_and_says_so_in_one_line()
    {
        var profile = Path.Combine(TestCluster.NewDataFolder(), "profile.json");

        var (exitCode, _, error) = await DelibAsync(profile, "demo", "--pace", "0");

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("UNAUTHENTICATED", error);
    }
}
