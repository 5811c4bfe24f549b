using System.Globalization;
using System.Text;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// Writes well-formed HTML (XHTML-compatible: every element closed, every attribute quoted) to a text writer. All text
/// goes through <see cref="Text(string?)"/>, which escapes markup characters and replaces characters that HTML and XML
/// do not allow (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) with U+FFFD.
/// </summary>
internal sealed class HtmlOutput(TextWriter output)
{
    private readonly Stack<string> _open = new();

    /// <summary>Writes markup as is; only for constant markup of the renderer itself.</summary>
    public void Raw(string markup) => output.Write(markup);

    /// <summary>Writes escaped text (nothing for null).</summary>
    public void Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            output.Write(Escape(text));
        }
    }

    /// <summary>Opens an element with an optional class and further attributes (name, value pairs; null values are left out).</summary>
    public HtmlOutput Open(string tag, string? cssClass = null, params (string Name, string? Value)[] attributes)
    {
        output.Write('<');
        output.Write(tag);
        WriteAttribute("class", cssClass);
        foreach (var (name, value) in attributes)
        {
            WriteAttribute(name, value);
        }

        output.Write('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public void Close()
    {
        var tag = _open.Pop();
        output.Write("</");
        output.Write(tag);
        output.Write('>');
        if (tag is "tr" or "table" or "section" or "h1" or "h2" or "h3" or "head" or "body" or "main")
        {
            output.Write('\n');
        }
    }

    /// <summary>Writes an element holding escaped text.</summary>
    public void Element(string tag, string? cssClass, string? text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, cssClass, attributes);
        Text(text);
        Close();
    }

    /// <summary>A <c>th</c> cell with a label.</summary>
    public void Label(string text, int colspan = 1, int rowspan = 1, string? cssClass = null) =>
        Element("th", cssClass, text, Span("colspan", colspan), Span("rowspan", rowspan));

    /// <summary>Opens a <c>td</c> cell.</summary>
    public HtmlOutput Cell(int colspan = 1, int rowspan = 1, string? cssClass = null) =>
        Open("td", cssClass, Span("colspan", colspan), Span("rowspan", rowspan));

    /// <summary>A <c>td</c> cell holding text.</summary>
    public void TextCell(string? text, int colspan = 1, string? cssClass = null)
    {
        Cell(colspan, 1, cssClass);
        Text(text);
        Close();
    }

    /// <summary>Closes every element still open (the document's end).</summary>
    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            Close();
        }
    }

    /// <summary>Escapes text for element content and attribute values, and replaces characters HTML and XML do not allow.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                if (IsAllowed(c))
                {
                    builder?.Append(c);
                    continue;
                }

                replacement = "\uFFFD";
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Whether a single UTF-16 unit may appear as text: tab, line feed, carriage return and everything from U+0020
    /// except the C1 controls, surrogates (handled in pairs by the caller) and U+FFFE/U+FFFF.
    /// </summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c < '\u007F')
        || (c > '\u009F' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');

    private static (string, string?) Span(string name, int value) =>
        (name, value > 1 ? value.ToString(CultureInfo.InvariantCulture) : null);

    private void WriteAttribute(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        output.Write(' ');
        output.Write(name);
        output.Write("=\"");
        output.Write(Escape(value));
        output.Write('"');
    }
}
