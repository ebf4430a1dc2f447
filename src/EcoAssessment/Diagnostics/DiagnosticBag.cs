namespace EcoAssessment.Diagnostics;

/// <summary>
/// Collects diagnostics in the order they are found. Never throws: callers decide to stop when <see cref="HasErrors"/>.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            ErrorCount++;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public void Error(DiagnosticCode code, SourceLocation? location, Catalogue.Text text) =>
        Add(new Diagnostic(code.Id, Severity.Error, text, location));

    public void Warning(DiagnosticCode code, SourceLocation? location, Catalogue.Text text) =>
        Add(new Diagnostic(code.Id, Severity.Warning, text, location));

    public void Notice(DiagnosticCode code, SourceLocation? location, Catalogue.Text text) =>
        Add(new Diagnostic(code.Id, Severity.Notice, text, location));

    public void Error(DiagnosticCode code, SourceLocation? location, string message) =>
        Add(new Diagnostic(code.Id, Severity.Error, message, location));

    public void Warning(DiagnosticCode code, SourceLocation? location, string message) =>
        Add(new Diagnostic(code.Id, Severity.Warning, message, location));

    public void Notice(DiagnosticCode code, SourceLocation? location, string message) =>
        Add(new Diagnostic(code.Id, Severity.Notice, message, location));
}
