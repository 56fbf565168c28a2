using Deliberation.Api.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Deliberation.Cli.Watch;

/// <summary>The live terminal view of a session: where it stands, who speaks and waits, and what just happened.</summary>
internal static class WatchScreen
{
    public static IRenderable Render(WatchState state, string? notice)
    {
        var now = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        now.AddRow("[bold]status[/]", Markup.Escape(EventText.Name(state.Status.ToString())));
        now.AddRow("[bold]agenda item[/]", Markup.Escape(state.CurrentItem == "" ? "-" : state.CurrentItem));
        if (state.CurrentRoundId != "")
            now.AddRow("[bold]round[/]", Markup.Escape($"{state.RoundNumber}, {EventText.Name(state.Phase.ToString())}" + (state.RoundPaused ? " (paused)" : "")
                + (state.PhaseDeadline is { } deadline ? $", until {deadline.ToLocalTime():HH:mm:ss}" : "")));
        now.AddRow("[bold]statements[/]", Markup.Escape(state.Attribution));

        var floor = new Rows(
            new Markup(state.CurrentTurn is { } turn
                ? $"[green]speaking:[/] {Markup.Escape(state.NameOf(turn.SpeakerId))}" + (turn.Running ? "" : " (paused)")
                    + (turn.LimitSeconds > 0 ? $", limit {turn.LimitSeconds}s" : "")
                : "[grey]nobody has the floor[/]"),
            new Markup(state.Waiting.Count == 0 ? "[grey]nobody waits[/]"
                : string.Join("\n", state.Waiting.Select((w, i) => $"{i + 1}. {Markup.Escape(w.Name)} ({EventText.Name(w.Kind.ToString())})"))));

        var ballots = state.Ballots.All.Select(WatchBallots.Line).ToList();

        var latest = new Table().NoBorder().HideHeaders().AddColumn("position").AddColumn("event");
        foreach (var (position, line) in state.Latest) latest.AddRow($"[grey]#{position}[/]", Markup.Escape(line));

        return new Rows(
            new Panel(now).Header(Markup.Escape(state.Title == "" ? "session" : state.Title)).Expand(),
            new Columns(
                new Panel(floor).Header("floor"),
                new Panel(new Markup(state.Agenda.Count == 0 ? "[grey]empty[/]" : Markup.Escape(string.Join("\n", state.Agenda)))).Header("agenda")),
            new Panel(new Markup(ballots.Count == 0 ? "[grey]none open[/]" : Markup.Escape(string.Join("\n", ballots)))).Header("ballots").Expand(),
            new Panel(latest).Header("latest").Expand(),
            new Markup(notice is null ? $"[grey]{(state.Live ? "live" : "catching up")} - Ctrl+C to stop[/]" : $"[yellow]{Markup.Escape(notice)}[/]"));
    }
}
