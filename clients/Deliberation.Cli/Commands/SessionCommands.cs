using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class SessionCommands
{
    public static Command Build() => new("session", "Create and read sessions")
    {
        Subcommands = { Create(), Show(), Status(), DefineGroups() },
    };

    private static Command Create()
    {
        var title = CommonOptions.Texts("--title", "session's title");
        var languages = new Option<string[]>("--language", "-l")
        {
            Description = "A working language (BCP-47 tag such as sq, sr-Latn, sr-Cyrl, en); repeat for each",
            Required = true,
        };
        var requestId = CommonOptions.RequestId();
        var command = new Command("create", "Create a session") { Options = { title, languages, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new SessionService.SessionServiceClient(cli.Channel).CreateSessionAsync(new CreateSessionRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                Title = CommonOptions.ToLocalizedText(parsed.GetValue(title)!, "--title"),
                Languages = { parsed.GetValue(languages)! },
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command Status()
    {
        var id = CommonOptions.Id("session-id", "session");
        var status = new Argument<SessionStatus>("status")
        {
            Description = "open, in-progress, adjourned, closed or archived",
            HelpName = "open|in-progress|adjourned|closed|archived",
            CustomParser = result => CommonOptions.OneOf(result, "session's next status", "open, in-progress, adjourned, closed or archived", SessionStatus.Draft),
        };
        var requestId = CommonOptions.RequestId();
        var command = new Command("status", "Move a session on in its life") { Arguments = { id, status }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new SessionService.SessionServiceClient(cli.Channel).ChangeSessionStatusAsync(new ChangeSessionStatusRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(id)!,
                Status = parsed.GetValue(status),
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command DefineGroups()
    {
        var id = CommonOptions.Id("session-id", "session");
        var key = new Argument<string>("dimension") { Description = "The dimension's key, e.g. community" };
        var name = CommonOptions.Texts("--name", "dimension's name");
        var values = new Option<string[]>("--value")
        {
            Description = "A value as KEY or KEY:LANG=LABEL (e.g. serb:en=Serb); repeat for each value and label",
            Required = true,
        };
        var selfDeclared = new Option<bool>("--self-declared") { Description = "Participants declare their own value" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("define-groups", "Define a group dimension and its values")
        {
            Arguments = { id, key }, Options = { name, values, selfDeclared, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var dimension = new GroupDimension
            {
                Key = parsed.GetValue(key)!,
                Name = CommonOptions.ToLocalizedText(parsed.GetValue(name)!, "--name"),
                SelfDeclared = parsed.GetValue(selfDeclared),
            };
            foreach (var (valueKey, labels) in parsed.GetValue(values)!.Select(v => v.Split(':', 2)).GroupBy(p => p[0], p => p.Length > 1 ? p[1] : null).Select(g => (g.Key, g)))
                dimension.Values.Add(new GroupValue
                {
                    Key = valueKey,
                    Label = labels.OfType<string>().Any()
                        ? CommonOptions.ToLocalizedText(labels.OfType<string>().ToArray(), "--value")
                        : new LocalizedText { Texts = { parsed.GetValue(name)!.Select(n => new Translation { Language = n.Split('=')[0], Text = valueKey }) } },
                });
            var response = await new SessionService.SessionServiceClient(cli.Channel).DefineGroupDimensionAsync(new DefineGroupDimensionRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(id)!,
                Dimension = dimension,
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command Show()
    {
        var id = CommonOptions.Id("session-id", "session");
        var command = new Command("show", "Show a session") { Arguments = { id } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new SessionService.SessionServiceClient(cli.Channel)
                .GetSessionAsync(new GetSessionRequest { SessionId = parsed.GetValue(id)! }, cancellationToken: ct);
            Views.Show(cli, response.Session, response.Participation);
        }));
        return command;
    }
}
