//! `dramatis`: the extractor on the command line.
//!
//!     dramatis extract article.html > story.json
//!     dramatis extract - < article.txt
//!     dramatis extract --jsonl < lines.jsonl > quotes.jsonl
//!     dramatis extract article.html --curated story.json > merged.json
//!     dramatis validate story.json
//!     dramatis render story.json > static.html   (or an article: extract, then render)

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Parser, Subcommand, ValueEnum};
    use dramatis::{cli, extract, model};
    use std::io::{BufRead, Read, Write};
    use std::process::ExitCode;

    #[derive(Parser)]
    #[command(name = "dramatis", version, about = "Who said what, and who is who, in an article.")]
    struct Args {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Extract a story JSON from an HTML or plain-text article (`-` for stdin).
        Extract {
            /// Path to the article, or `-` for standard input.
            #[arg(default_value = "-")]
            path: String,
            /// Read `{"id","text"}` lines and write `{"id","quotes":[...]}` lines.
            #[arg(long)]
            jsonl: bool,
            /// A curated story JSON: its actors are recognised in the article (the
            /// publisher's extension of the knowledge base) and it is merged over the
            /// extraction, curation winning (as the widget does with `src`).
            #[arg(long, value_name = "STORY", conflicts_with = "jsonl")]
            curated: Option<String>,
        },
        /// Validate a story JSON file; prints each problem with its JSON path.
        Validate { path: String },
        /// Print a story as static HTML (the widget's cards and tree, no scripts) to
        /// paste inside <dramatis-widget>; the widget replaces it when it starts.
        /// An article (HTML or text) instead of a story JSON is extracted first.
        Render {
            /// Path to the story JSON (or article), or `-` for standard input.
            #[arg(default_value = "-")]
            path: String,
            #[arg(long, value_enum, default_value = "both")]
            view: ViewArg,
            /// Language of the widget's texts (en, fr; others fall back to en).
            #[arg(long, default_value = "en")]
            lang: String,
            #[arg(long, value_enum, default_value = "auto")]
            theme: ThemeArg,
        },
        /// Print the JSON Schema (2020-12) of the story format.
        Schema,
        /// Print a synthetic news-like article (for benchmarks), or with
        /// `--quotes/--actors` a large synthetic story JSON (for view scale tests).
        Synth {
            #[arg(long, default_value_t = 100_000)]
            bytes: usize,
            #[arg(long, default_value_t = 42)]
            seed: u64,
            #[arg(long)]
            quotes: Option<usize>,
            #[arg(long, default_value_t = 500)]
            actors: usize,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ViewArg {
        Cards,
        Tree,
        Both,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ThemeArg {
        Light,
        Dark,
        Auto,
    }

    fn read_input(path: &str) -> std::io::Result<String> {
        if path == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Ok(s)
        } else {
            // Valid UTF-8 (nearly always) becomes the string without a copy.
            let bytes = std::fs::read(path)?;
            Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
        }
    }

    pub fn main() -> ExitCode {
        let args = Args::parse();
        match args.command {
            Command::Extract { path, jsonl: true, .. } => {
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                let reader: Box<dyn BufRead> = if path == "-" {
                    Box::new(std::io::stdin().lock())
                } else {
                    match std::fs::File::open(&path) {
                        Ok(f) => Box::new(std::io::BufReader::new(f)),
                        Err(e) => {
                            eprintln!("dramatis: cannot read {path}: {e}");
                            return ExitCode::from(2);
                        }
                    }
                };
                for line in reader.lines() {
                    let Ok(line) = line else { break };
                    if line.trim().is_empty() {
                        continue;
                    }
                    if writeln!(out, "{}", cli::jsonl::process_line(&line)).is_err() {
                        break;
                    }
                }
                ExitCode::SUCCESS
            }
            Command::Extract { path, jsonl: false, curated } => match read_input(&path) {
                Ok(source) => {
                    let curated = match curated.as_deref().map(|c| (c, read_input(c))) {
                        None => None,
                        Some((c, Err(e))) => {
                            eprintln!("dramatis: cannot read {c}: {e}");
                            return ExitCode::from(2);
                        }
                        Some((c, Ok(text))) => match model::parse_story(&text) {
                            Ok(s) => Some(s),
                            Err(errors) => {
                                for e in errors {
                                    eprintln!("{c}: {e}");
                                }
                                return ExitCode::FAILURE;
                            }
                        },
                    };
                    let doc = cli::read_document(&source);
                    drop(source); // the document holds the text now: less memory at the peak
                    let story = match curated {
                        Some(c) => model::merge(extract::extract_with(&doc, &c.actors), c),
                        None => extract::extract(&doc),
                    };
                    for d in &story.diagnostics {
                        eprintln!("dramatis: note: {}{}", d.paragraph.map(|p| format!("paragraph {p}: ")).unwrap_or_default(), d.message);
                    }
                    drop(doc);
                    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                    if let Err(e) = story.write_json_pretty(&mut out).and_then(|()| writeln!(out)).and_then(|()| out.flush()) {
                        eprintln!("dramatis: cannot write the story: {e}");
                        return ExitCode::FAILURE;
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("dramatis: cannot read {path}: {e}");
                    ExitCode::from(2)
                }
            },
            Command::Synth { bytes, seed, quotes: None, .. } => {
                print!("{}", dramatis::synth::article(seed, bytes));
                ExitCode::SUCCESS
            }
            Command::Synth { seed, quotes: Some(q), actors, .. } => {
                println!("{}", serde_json::to_string(&dramatis::synth::story(seed, q, actors)).expect("serialisable"));
                ExitCode::SUCCESS
            }
            Command::Render { path, view, lang, theme } => {
                use dramatis::ui::state::{Theme, View};
                let source = match read_input(&path) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("dramatis: cannot read {path}: {e}");
                        return ExitCode::from(2);
                    }
                };
                // A story is a JSON object; anything else is an article to extract.
                let story = if source.trim_start().starts_with('{') {
                    match model::parse_story(&source) {
                        Ok(s) => s,
                        Err(errors) => {
                            for e in errors {
                                eprintln!("{path}: {e}");
                            }
                            return ExitCode::FAILURE;
                        }
                    }
                } else {
                    extract::extract(&cli::read_document(&source))
                };
                let view = match view {
                    ViewArg::Cards => View::Cards,
                    ViewArg::Tree => View::Tree,
                    ViewArg::Both => View::Both,
                };
                let theme = match theme {
                    ThemeArg::Light => Theme::Light,
                    ThemeArg::Dark => Theme::Dark,
                    ThemeArg::Auto => Theme::Auto,
                };
                print!("{}", cli::render::render(story, &cli::render::Options { view, lang, theme }));
                ExitCode::SUCCESS
            }
            Command::Schema => {
                print!("{}", model::Story::json_schema());
                ExitCode::SUCCESS
            }
            Command::Validate { path } => match read_input(&path) {
                Ok(source) => match model::parse_story(&source) {
                    Ok(s) => {
                        println!("ok: {} quotes, {} actors, {} relations", s.quotes.len(), s.actors.len(), s.relations.len());
                        ExitCode::SUCCESS
                    }
                    Err(errors) => {
                        for e in errors {
                            eprintln!("{path}: {e}");
                        }
                        ExitCode::FAILURE
                    }
                },
                Err(e) => {
                    eprintln!("dramatis: cannot read {path}: {e}");
                    ExitCode::from(2)
                }
            },
        }
    }
}
