using System.Text.Json;
using Deliberation.Api.V1;
using Deliberation.Cli;
using Deliberation.IntegrationTests.Infrastructure;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>The delib client, run through its command layer against the real server.</summary>
public class DelibCliTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string Field(string name) => JsonDocument.Parse(Output).RootElement.GetProperty(name).GetString()!;
    }

    /// <summary>Runs delib as one person: each has a profile file of their own.</summary>
    private async Task<Run> DelibAsync(string profile, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await Delib.RunAsync(["--server", engine.Server.Address.ToString(), "--profile", profile, .. args], output, error);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    private static string NewProfile() => Path.Combine(TestCluster.NewDataFolder(), "profile.json");

    [Fact]
    public async Task A_moderator_and_voters_run_the_walking_skeleton_from_the_command_line()
    {
        var op = NewProfile();
        Assert.Equal(ExitCodes.Ok, (await DelibAsync(op, "sign-in", EngineFixture.OperatorCredential)).ExitCode);
        var sessionId = (await DelibAsync(op, "session", "create", "--title", "en=A new social contract", "--title", "sq=Një kontratë e re shoqërore", "-l", "sq", "-l", "en", "--json")).Field("sessionId");
        await DelibAsync(op, "session", "status", sessionId, "open");
        var voters = new List<string>();
        foreach (var name in new[] { "arta", "milan", "drita" })
        {
            var code = (await DelibAsync(op, "participant", "invite", sessionId, "--role", "participant", "--voting", "--json")).Field("joinCode");
            var profile = NewProfile();
            Assert.Equal(ExitCodes.Ok, (await DelibAsync(profile, "join", code, "--name", name)).ExitCode);
            voters.Add(profile);
        }
        await DelibAsync(op, "session", "status", sessionId, "in-progress");
        var itemId = JsonDocument.Parse((await DelibAsync(op, "agenda", "add", sessionId, "--title", "en=Services", "--json")).Output)
            .RootElement.GetProperty("agenda")[0].GetProperty("agendaItemId").GetString()!;
        var roundId = JsonDocument.Parse((await DelibAsync(op, "agenda", "open-round", sessionId, itemId, "--json")).Output).RootElement.GetProperty("currentRoundId").GetString()!;
        await DelibAsync(op, "agenda", "advance", sessionId, roundId); // from statements to submission
        var proposalId = (await DelibAsync(voters[0], "proposal", "submit", sessionId, "--title", "en=Bilingual offices", "--body", "en=Every office answers in both languages.", "--json")).Field("proposalId");
        foreach (var _ in new[] { "amendment", "deliberation", "voting" }) await DelibAsync(op, "agenda", "advance", sessionId, roundId);
        var opened = await DelibAsync(op, "ballot", "open", proposalId, "--secrecy", "secret", "--closes-at", "2099-01-01T12:00:00Z", "--json");
        var ballotId = opened.Field("ballotId");
        Assert.Equal("2099-01-01T12:00:00Z", opened.Field("closesAt"));
        foreach (var (profile, choice) in voters.Zip(["yes", "YES", "no"]))
            Assert.Equal(ExitCodes.Ok, (await DelibAsync(profile, "ballot", "vote", ballotId, choice)).ExitCode);

        var closed = await DelibAsync(op, "ballot", "close", ballotId);

        Assert.Equal(ExitCodes.Ok, closed.ExitCode);
        Assert.Contains("ADOPTED", closed.Output);
        Assert.Contains("2 yes, 1 no, 0 abstain (base 3)", closed.Output);
        var record = await DelibAsync(voters[1], "ballot", "record", ballotId, "--json");
        var counted = JsonDocument.Parse(record.Output).RootElement.GetProperty("votes").EnumerateArray().ToList();
        Assert.Equal(3, counted.Count);
        Assert.All(counted, v => Assert.Equal("", v.TryGetProperty("voterId", out var voter) ? voter.GetString() : ""));
        var shown = await DelibAsync(voters[2], "session", "show", sessionId);
        Assert.Contains("0 moderators, 3 voting", shown.Output);
    }

    /// <summary>Ballots open in a voting phase: a round with only that phase, opened through the API (the agenda's own commands are tested elsewhere).</summary>
    [Fact]
    public async Task A_moderator_sets_up_groups_and_runs_an_agenda_from_the_command_line()
    {
        var op = NewProfile();
        await DelibAsync(op, "sign-in", EngineFixture.OperatorCredential);
        var sessionId = (await DelibAsync(op, "session", "create", "--title", "en=Dialogue", "-l", "en", "-l", "sq", "--json")).Field("sessionId");
        var defined = await DelibAsync(op, "session", "define-groups", sessionId, "community", "--name", "en=Community", "--name", "sq=Komuniteti",
            "--value", "albanian:en=Albanian", "--value", "albanian:sq=Shqiptar", "--value", "serb:en=Serb", "--value", "serb:sq=Serb", "--json");
        await DelibAsync(op, "session", "define-groups", sessionId, "gender", "--name", "en=Gender", "--value", "woman", "--value", "man", "--self-declared");
        await DelibAsync(op, "session", "status", sessionId, "open");
        var code = (await DelibAsync(op, "participant", "invite", sessionId, "--voting", "--group", "community=serb", "--json")).Field("joinCode");
        var spare = (await DelibAsync(op, "participant", "invite", sessionId, "--json")).Field("invitationId");
        var milan = NewProfile();
        var participantId = JsonDocument.Parse((await DelibAsync(milan, "join", code, "--name", "Milan", "--json")).Output).RootElement.GetProperty("participantId").GetString()!;
        var declared = await DelibAsync(milan, "participant", "set-group", sessionId, participantId, "gender=man");
        var revoked = await DelibAsync(op, "participant", "revoke", sessionId, spare);
        await DelibAsync(op, "session", "status", sessionId, "in-progress");
        var itemId = JsonDocument.Parse((await DelibAsync(op, "agenda", "add", sessionId, "--title", "en=Services", "--minutes", "30", "--json")).Output)
            .RootElement.GetProperty("agenda")[0].GetProperty("agendaItemId").GetString()!;
        await DelibAsync(op, "agenda", "add", sessionId, "--title", "en=Budget");
        var moved = await DelibAsync(op, "agenda", "move", sessionId, itemId, "1", "--json");
        var roundId = JsonDocument.Parse((await DelibAsync(op, "agenda", "open-round", sessionId, itemId, "--json")).Output).RootElement.GetProperty("currentRoundId").GetString()!;
        var steps = new[]
        {
            await DelibAsync(op, "agenda", "advance", sessionId, roundId),
            await DelibAsync(op, "agenda", "pause", sessionId, roundId),
            await DelibAsync(op, "agenda", "resume", sessionId, roundId),
            await DelibAsync(op, "agenda", "close-round", sessionId, roundId),
        };

        Assert.Equal(ExitCodes.Ok, defined.ExitCode);
        Assert.Equal(itemId, JsonDocument.Parse(moved.Output).RootElement.GetProperty("agenda")[1].GetProperty("agendaItemId").GetString());
        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (declared.ExitCode, revoked.ExitCode));
        Assert.Contains("community=serb, gender=man", declared.Output);
        Assert.All(steps, step => Assert.Equal(ExitCodes.Ok, step.ExitCode));
        Assert.Contains("round 1", steps[0].Output);
        Assert.Contains("submission, open", steps[0].Output);
        Assert.Contains("closed, closed", steps[3].Output);
        var shown = await DelibAsync(milan, "session", "show", sessionId);
        Assert.Contains("albanian 0, serb 1, undisclosed 0", shown.Output);
    }

    [Fact]
    public async Task The_floor_runs_from_the_command_line_and_says_who_spoke_how_long()
    {
        var op = NewProfile();
        await DelibAsync(op, "sign-in", EngineFixture.OperatorCredential);
        var sessionId = (await DelibAsync(op, "session", "create", "--title", "en=Panel", "-l", "en", "--json")).Field("sessionId");
        await DelibAsync(op, "session", "status", sessionId, "open");
        var code = (await DelibAsync(op, "participant", "invite", sessionId, "--json")).Field("joinCode");
        var jelena = NewProfile();
        var participantId = JsonDocument.Parse((await DelibAsync(jelena, "join", code, "--name", "Jelena", "--json")).Output).RootElement.GetProperty("participantId").GetString()!;
        await DelibAsync(op, "session", "status", sessionId, "in-progress");
        var itemId = JsonDocument.Parse((await DelibAsync(op, "agenda", "add", sessionId, "--title", "en=Panel", "--json")).Output)
            .RootElement.GetProperty("agenda")[0].GetProperty("agendaItemId").GetString()!;
        await DelibAsync(op, "agenda", "open-round", sessionId, itemId);

        var requested = await DelibAsync(jelena, "floor", "request", sessionId, "--kind", "point-of-order");
        var given = await DelibAsync(op, "floor", "give", sessionId);
        var ended = await DelibAsync(op, "floor", "end", sessionId);
        var stats = await DelibAsync(jelena, "floor", "stats", sessionId, "--json");

        Assert.All(new[] { requested, given, ended }, run => Assert.Equal(ExitCodes.Ok, run.ExitCode));
        Assert.Contains("point of order", requested.Output);
        Assert.Contains("A point of order goes before the list.", given.Output);
        Assert.Equal(participantId, JsonDocument.Parse(stats.Output).RootElement.GetProperty("bySpeaker")[0].GetProperty("participantId").GetString());
    }

    [Fact]
    public async Task A_moderator_sets_the_floor_up_and_manages_its_list_and_refusals_name_their_reason_from_the_command_line()
    {
        var (op, sessionId, roundId, jelena, arta) = await RoundWithTwoAsync(["en"], "Jelena", "Arta");

        var rules = await DelibAsync(op, "floor", "rules", sessionId, roundId, "--balance", "progressive", "--speech-seconds", "120", "--json");
        var attribution = await DelibAsync(op, "floor", "attribution", sessionId, "role-only", "--json");
        var jelenasRequest = Waiting(await DelibAsync(jelena, "floor", "request", sessionId, "--json")).Single();
        var artasRequest = Waiting(await DelibAsync(arta, "floor", "request", sessionId, "--json")).Last();
        var moved = await DelibAsync(op, "floor", "manage", sessionId, artasRequest, "move", "--position", "0", "--json");
        var notHers = await DelibAsync(arta, "floor", "withdraw", sessionId, jelenasRequest);
        var withdrawn = await DelibAsync(jelena, "floor", "withdraw", sessionId, jelenasRequest, "--json");
        var removed = await DelibAsync(op, "floor", "manage", sessionId, artasRequest, "remove");
        var again = await DelibAsync(op, "floor", "manage", sessionId, artasRequest, "skip");
        var badBalance = await DelibAsync(op, "floor", "rules", sessionId, roundId, "--balance", "sideways");

        Assert.All(new[] { rules, attribution, moved, withdrawn, removed }, run => Assert.Equal((ExitCodes.Ok, ""), (run.ExitCode, run.Error)));
        var setRules = JsonDocument.Parse(rules.Output).RootElement.GetProperty("rules");
        Assert.Equal(("BALANCE_KIND_PROGRESSIVE", 120), (setRules.GetProperty("balance").GetString(), setRules.GetProperty("speechSeconds").GetInt32()));
        Assert.Equal("ATTRIBUTION_ROLE_ONLY", JsonDocument.Parse(attribution.Output).RootElement.GetProperty("attribution").GetString());
        Assert.Equal([artasRequest, jelenasRequest], Waiting(moved));
        Assert.Equal([artasRequest], Waiting(withdrawn));
        Assert.Equal(ExitCodes.Refused, notHers.ExitCode);
        Assert.StartsWith("error: FAILED_PRECONDITION NOT_YOUR_OWN: ", notHers.Error);
        Assert.Equal(ExitCodes.Refused, again.ExitCode);
        Assert.StartsWith("error: FAILED_PRECONDITION REQUEST_NOT_WAITING: ", again.Error);
        Assert.Equal((ExitCodes.InvalidInput, "error: A balance is none, alternate or progressive, not 'sideways'. (see --help)\n"), (badBalance.ExitCode, badBalance.Error));
        Assert.All(new[] { notHers, again }, run => Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Tally_counts_a_request_file_and_names_the_field_the_server_refuses()
    {
        var folder = TestCluster.NewDataFolder();
        var motion = Path.Combine(folder, "motion.json");
        await File.WriteAllTextAsync(motion, """
            {
              "motion": {
                "threshold": { "share": { "numerator": 1, "denominator": 2 }, "comparison": "TALLY_THRESHOLD_COMPARISON_MORE_THAN" },
                "base": "TALLY_MOTION_BASE_VOTES_CAST"
              },
              "motionBallots": [ { "choice": "VOTE_CHOICE_YES", "weight": "3" }, { "choice": "VOTE_CHOICE_NO" } ] }
            """);
        var noRule = Path.Combine(folder, "no-rule.json");
        await File.WriteAllTextAsync(noRule, """{ "pluralityBallots": [ { "option": "A" } ] }""");
        var notJson = Path.Combine(folder, "not.json");
        await File.WriteAllTextAsync(notJson, "motion: yes");

        var counted = await DelibAsync(NewProfile(), "tally", motion);
        var asJson = await DelibAsync(NewProfile(), "tally", motion, "--json");
        var refused = await DelibAsync(NewProfile(), "tally", noRule);
        var unreadable = await DelibAsync(NewProfile(), "tally", notJson);

        Assert.Equal((ExitCodes.Ok, ""), (counted.ExitCode, counted.Error));
        Assert.Contains("adopted", counted.Output);
        Assert.Equal("TALLY_DECISION_ADOPTED", JsonDocument.Parse(asJson.Output).RootElement.GetProperty("outcome").GetProperty("decision").GetString());
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.StartsWith("error: INVALID_ARGUMENT: rule ", refused.Error);
        Assert.Equal(ExitCodes.InvalidInput, unreadable.ExitCode);
        Assert.StartsWith($"error: {notJson} is not a TallyRequest in JSON: ", unreadable.Error);
        Assert.All(new[] { refused, unreadable }, run => Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task A_moderator_opens_a_participatory_budget_from_a_file_voters_mark_the_projects_they_approve_and_the_hall_adds_its_papers()
    {
        var op = NewProfile();
        await DelibAsync(op, "sign-in", EngineFixture.OperatorCredential);
        var sessionId = (await DelibAsync(op, "session", "create", "--title", "en=Budget", "-l", "en", "--json")).Field("sessionId");
        await DelibAsync(op, "session", "status", sessionId, "open");
        var voters = new List<string>();
        foreach (var name in new[] { "arta", "milan" })
        {
            voters.Add(NewProfile());
            await DelibAsync(voters[^1], "join", (await DelibAsync(op, "participant", "invite", sessionId, "--voting", "--json")).Field("joinCode"), "--name", name);
        }
        await DelibAsync(op, "session", "status", sessionId, "in-progress");
        var itemId = JsonDocument.Parse((await DelibAsync(op, "agenda", "add", sessionId, "--title", "en=Budget", "--json")).Output)
            .RootElement.GetProperty("agenda")[0].GetProperty("agendaItemId").GetString()!;
        var roundId = JsonDocument.Parse((await DelibAsync(op, "agenda", "open-round", sessionId, itemId, "--json")).Output).RootElement.GetProperty("currentRoundId").GetString()!;
        foreach (var _ in Enumerable.Range(0, 4)) await DelibAsync(op, "agenda", "advance", sessionId, roundId); // to voting
        var file = Path.Combine(TestCluster.NewDataFolder(), "budget.json");
        await File.WriteAllTextAsync(file, """
            { "options": [
                { "key": "park", "label": { "texts": [{ "language": "en", "text": "A park" }] }, "cost": "40000" },
                { "key": "bikes", "label": { "texts": [{ "language": "en", "text": "Bike lanes" }] }, "cost": "30000" },
                { "key": "pool", "label": { "texts": [{ "language": "en", "text": "A pool" }] }, "cost": "90000" } ],
              "greedyBudget": { "budget": "100000" } }
            """);

        var opened = await DelibAsync(op, "ballot", "open-options", sessionId, file, "--secrecy", "secret");
        var ballotId = (await DelibAsync(op, "ballot", "open-options", sessionId, file, "--json")).Field("ballotId");
        var marked = await DelibAsync(voters[0], "ballot", "mark", ballotId, "park", "bikes");
        var unknown = await DelibAsync(voters[1], "ballot", "mark", ballotId, "zoo");
        await DelibAsync(voters[1], "ballot", "mark", ballotId, "pool", "park");
        var hall = Path.Combine(TestCluster.NewDataFolder(), "hall.json");
        await File.WriteAllTextAsync(hall, """{ "papers": [{ "marks": { "options": ["park", "bikes"] }, "count": 2 }] }""");
        var counted = await DelibAsync(op, "ballot", "batch", ballotId, "--papers", hall, "--note", "the town hall");
        var closed = await DelibAsync(op, "ballot", "close", ballotId);
        var record = await DelibAsync(voters[0], "ballot", "record", ballotId);

        Assert.Equal(ExitCodes.Ok, opened.ExitCode);
        Assert.Contains("greedy participatory budget of 100000", opened.Output);
        Assert.Contains("Bike lanes (costs 30000)", opened.Output);
        Assert.Equal(ExitCodes.Ok, marked.ExitCode);
        Assert.Equal((ExitCodes.InvalidInput, "error: INVALID_ARGUMENT: marks.options[0] \"zoo\" is not an option of this ballot"), (unknown.ExitCode, unknown.Error.Trim()));
        Assert.Equal(ExitCodes.Ok, counted.ExitCode);
        Assert.Contains("2 by paper: park bikes × 2; the town hall", closed.Output);
        Assert.Contains("park, bikes", closed.Output); // park (4 approvals) first, then bikes fits; the pool no longer does
        Assert.Contains("approvals", closed.Output);
        Assert.Contains("park bikes", record.Output);
        Assert.Contains("pool park", record.Output);
    }

    /// <summary>
    /// The operator (signed in) with a session in progress in the given languages, that two people joined
    /// with profiles of their own, and a round opened on its first agenda item.
    /// </summary>
    private async Task<(string Operator, string SessionId, string RoundId, string First, string Second)> RoundWithTwoAsync(
        string[] languages, string first, string second, bool voting = false)
    {
        var op = NewProfile();
        await DelibAsync(op, "sign-in", EngineFixture.OperatorCredential);
        var sessionId = (await DelibAsync(op, ["session", "create", "--title", "en=Dialogue", .. languages.SelectMany(l => new[] { "-l", l }), "--json"])).Field("sessionId");
        await DelibAsync(op, "session", "status", sessionId, "open");
        var (firstProfile, secondProfile) = (NewProfile(), NewProfile());
        foreach (var (profile, name) in new[] { (firstProfile, first), (secondProfile, second) })
            await DelibAsync(profile, "join", (await DelibAsync(op, ["participant", "invite", sessionId, .. voting ? new[] { "--voting" } : [], "--json"])).Field("joinCode"), "--name", name);
        await DelibAsync(op, "session", "status", sessionId, "in-progress");
        var itemId = JsonDocument.Parse((await DelibAsync(op, "agenda", "add", sessionId, "--title", "en=Services", "--json")).Output)
            .RootElement.GetProperty("agenda")[0].GetProperty("agendaItemId").GetString()!;
        var roundId = JsonDocument.Parse((await DelibAsync(op, "agenda", "open-round", sessionId, itemId, "--json")).Output).RootElement.GetProperty("currentRoundId").GetString()!;
        return (op, sessionId, roundId, firstProfile, secondProfile);
    }

    [Fact]
    public async Task A_moderator_opens_a_ballot_with_a_named_majority_and_delib_shows_the_rule_before_the_vote()
    {
        var (op, sessionId, roundId, arta, _) = await RoundWithTwoAsync(["en"], "arta", "milan");
        await DelibAsync(op, "agenda", "advance", sessionId, roundId); // from statements to submission
        var proposalId = (await DelibAsync(arta, "proposal", "submit", sessionId, "--title", "en=Offices", "--body", "en=Both languages.", "--json")).Field("proposalId");
        foreach (var _ in new[] { "amendment", "deliberation", "voting" }) await DelibAsync(op, "agenda", "advance", sessionId, roundId);
        var artaId = JsonDocument.Parse((await DelibAsync(op, "participant", "list", sessionId, "--json")).Output).RootElement.GetProperty("participants")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "arta").GetProperty("participantId").GetString()!;

        var unknownRule = await DelibAsync(op, "ballot", "open", proposalId, "--rule", "most");
        var badWeight = await DelibAsync(op, "ballot", "open", proposalId, "--weight", $"{artaId}=heavy");
        var notAVoter = await DelibAsync(op, "ballot", "open", proposalId, "--weight", $"{artaId}=2"); // arta was invited without a vote
        var opened = await DelibAsync(op, "ballot", "open", proposalId, "--rule", "two-thirds");

        Assert.Equal((ExitCodes.InvalidInput, 1), (unknownRule.ExitCode, unknownRule.Error.Trim().Split('\n').Length));
        Assert.Contains("simple|absolute|two-thirds|three-quarters|unanimity", unknownRule.Error);
        Assert.Equal(ExitCodes.InvalidInput, badWeight.ExitCode);
        Assert.Equal((ExitCodes.InvalidInput, $"error: INVALID_ARGUMENT: weights[{artaId}] is not a participant with voting rights in this session"), (notAVoter.ExitCode, notAVoter.Error.Trim()));
        Assert.Equal(ExitCodes.Ok, opened.ExitCode);
        Assert.Contains("yes from at least 2/3 of the yes and no votes", opened.Output);
    }

    [Fact]
    public async Task A_moderator_opens_a_consent_ballot_voters_take_positions_and_one_block_stops_it_from_the_command_line()
    {
        var (op, sessionId, roundId, arta, milan) = await RoundWithTwoAsync(["en"], "arta", "milan", voting: true);
        await DelibAsync(op, "agenda", "advance", sessionId, roundId); // from statements to submission
        var proposalId = (await DelibAsync(arta, "proposal", "submit", sessionId, "--title", "en=Offices", "--body", "en=Both languages.", "--json")).Field("proposalId");
        foreach (var _ in new[] { "amendment", "deliberation", "voting" }) await DelibAsync(op, "agenda", "advance", sessionId, roundId);

        var ballotId = (await DelibAsync(op, "ballot", "open", proposalId, "--rule", "consent", "--json")).Field("ballotId");
        var shown = await DelibAsync(arta, "ballot", "show", ballotId);
        var consent = await DelibAsync(arta, "ballot", "vote", ballotId, "consent");
        var block = await DelibAsync(milan, "ballot", "vote", ballotId, "block");
        var closed = await DelibAsync(op, "ballot", "close", ballotId);

        Assert.Contains("consent: any one block stops it", shown.Output);
        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (consent.ExitCode, block.ExitCode));
        Assert.Contains("BLOCKED", closed.Output);
        Assert.Contains("1 consent, 0 stand aside, 1 block", closed.Output);
    }

    private static List<string> Waiting(Run run) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("waiting").EnumerateArray()
            .Select(w => w.GetProperty("floorRequestId").GetString()!).ToList();

    [Fact]
    public async Task Server_refusals_are_one_line_with_the_field_or_reason_and_their_own_exit_code()
    {
        var op = NewProfile();
        await DelibAsync(op, "sign-in", EngineFixture.OperatorCredential);
        var invalid = await DelibAsync(op, "session", "create", "--title", "en=", "-l", "en");
        var missing = await DelibAsync(op, "session", "show", Guid.NewGuid().ToString());
        var sessionId = (await DelibAsync(op, "session", "create", "--title", "en=Dialogue", "-l", "en", "--json")).Field("sessionId");
        var order = await DelibAsync(op, "session", "status", sessionId, "in-progress");
        var anonymous = await DelibAsync(NewProfile(), "session", "show", sessionId);

        Assert.Equal((ExitCodes.InvalidInput, "error: INVALID_ARGUMENT: title.texts[0].text must not be empty\n"), (invalid.ExitCode, invalid.Error));
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.StartsWith("error: NOT_FOUND: No session has the id", missing.Error);
        Assert.Equal(ExitCodes.Refused, order.ExitCode);
        Assert.StartsWith("error: FAILED_PRECONDITION SESSION_STATUS_CHANGE_NOT_ALLOWED: ", order.Error);
        Assert.Equal(ExitCodes.Refused, anonymous.ExitCode);
        Assert.StartsWith("error: UNAUTHENTICATED TOKEN_MISSING: ", anonymous.Error);
        Assert.All(new[] { invalid, missing, order, anonymous }, run => Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Input_delib_can_judge_itself_is_refused_before_reaching_the_server()
    {
        var badText = await DelibAsync(NewProfile(), "session", "create", "--title", "no language", "-l", "en");
        var badChoice = await DelibAsync(NewProfile(), "ballot", "vote", Guid.NewGuid().ToString(), "maybe");

        Assert.Equal((ExitCodes.InvalidInput, "error: --title takes LANG=TEXT, such as \"en=Bilingual services\", not \"no language\"\n"), (badText.ExitCode, badText.Error));
        Assert.Equal(ExitCodes.InvalidInput, badChoice.ExitCode);
        Assert.Contains("yes, no or abstain (on consent: consent, stand-aside or block), not 'maybe'", badChoice.Error);
        var twoWrong = await DelibAsync(NewProfile(), "ballot", "vote", Guid.NewGuid().ToString(), "maybe", "--bogus");
        Assert.Equal(ExitCodes.InvalidInput, twoWrong.ExitCode);
        Assert.Single(twoWrong.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("; ", twoWrong.Error);
    }

    [Fact]
    public async Task An_engine_that_does_not_answer_is_named_with_its_own_exit_code()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await Delib.RunAsync(["--server", "http://127.0.0.1:9", "--profile", NewProfile(), "session", "show", Guid.NewGuid().ToString()], output, error);

        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.StartsWith("error: UNAVAILABLE: no Deliberation engine answers at http://127.0.0.1:9", error.ToString());
    }

    [Fact]
    public async Task Authors_and_amenders_work_on_a_text_and_see_its_changes_from_the_command_line()
    {
        var (op, sessionId, roundId, arta, milan) = await RoundWithTwoAsync(["sq", "en"], "Arta", "Milan");
        await DelibAsync(op, "agenda", "advance", sessionId, roundId); // submission

        var proposalId = (await DelibAsync(arta, "proposal", "submit", sessionId, "--title", "sq=Shërbime", "--title", "en=Services",
            "--body", "sq=Çdo zyrë përgjigjet në dy gjuhë.\n\nFormularët botohen.", "--body", "en=Every office answers in two languages.\n\nForms are published.", "--json")).Field("proposalId");
        await DelibAsync(op, "agenda", "advance", sessionId, roundId); // amendment
        var badAmendment = await DelibAsync(milan, "amendment", "submit", proposalId, "--rationale", "en=Clearer", "--delete", "p9");
        var amendmentId = JsonDocument.Parse((await DelibAsync(milan, "amendment", "submit", proposalId, "--rationale", "en=Faster",
            "--span", "p1:sq:9:10=përgjigjet brenda dy ditëve", "--json")).Output).RootElement.GetProperty("amendment").GetProperty("amendmentId").GetString()!;
        var shown = await DelibAsync(milan, "amendment", "show", amendmentId);
        var accepted = await DelibAsync(arta, "amendment", "accept", amendmentId);
        var diff = await DelibAsync(milan, "proposal", "diff", proposalId, "1");
        var proposal = await DelibAsync(milan, "proposal", "show", proposalId);

        Assert.Equal(ExitCodes.InvalidInput, badAmendment.ExitCode);
        Assert.Contains("operations[0].delete_paragraph.paragraph_id", badAmendment.Error);
        Assert.Contains("~ p1: Çdo zyrë përgjigjet {+brenda dy ditëve +}në dy gjuhë.", shown.Output);
        Assert.Equal(ExitCodes.Ok, accepted.ExitCode);
        Assert.Contains("~ p1: Çdo zyrë përgjigjet {+brenda dy ditëve +}në dy gjuhë.", diff.Output);
        Assert.Contains("  p2: Forms are published.", diff.Output);
        Assert.Contains("Proposal (version 2 of 2)", proposal.Output);
        Assert.Contains("en: outdated since v2 (needs p1)", proposal.Output);
    }
}
