<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="95" />
      <source>About FaceMood</source>
      <translation>About FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="114" />
      <source>Plays music from your own library that fits the mood your face shows. Everything runs on this computer; nothing is sent anywhere and only the photos you capture are stored.</source>
      <translation>Plays music from your own library that fits the mood your face shows. Everything runs on this computer; nothing is sent anywhere and only the photos you capture are stored.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="120" />
      <source>Emotion model</source>
      <translation>Emotion model</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="126" />
      <source>Model card not found.</source>
      <translation>Model card not found.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="128" />
      <source>Bundled photos and models</source>
      <translation>Bundled photos and models</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="137" />
      <source>Libraries</source>
      <translation>Libraries</translation>
    </message>
  </context>
  <context>
    <name>CrashReports</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="158" />
      <source>Crash reports</source>
      <translation>Crash reports</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="160" />
      <source>No new crash reports.</source>
      <translation>No new crash reports.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="164" />
      <source>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</source>
      <translation>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="170" />
      <source>The report stays on this computer. Please attach it when you report the problem.</source>
      <translation>The report stays on this computer. Please attach it when you report the problem.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="181" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="184" />
      <source>Dismiss</source>
      <translation>Dismiss</translation>
    </message>
  </context>
  <context>
    <name>Emotion</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="17" />
      <source>angry</source>
      <translation>angry</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="18" />
      <source>disgusted</source>
      <translation>disgusted</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="19" />
      <source>afraid</source>
      <translation>afraid</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="20" />
      <source>happy</source>
      <translation>happy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="21" />
      <source>sad</source>
      <translation>sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="22" />
      <source>surprised</source>
      <translation>surprised</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="23" />
      <source>neutral</source>
      <translation>neutral</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="202" />
      <source>Choose folder…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="203" />
      <source>Rescan</source>
      <translation>Rescan</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="204" />
      <source>Cancel scan</source>
      <translation>Cancel scan</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="205" />
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <source>Mood</source>
      <translation>Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="205" />
      <location filename="../../facemood/gui/library_panel.py" line="210" />
      <source>Tracks</source>
      <translation>Tracks</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <source>Artist</source>
      <translation>Artist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="207" />
      <location filename="../../facemood/gui/library_panel.py" line="209" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="209" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="211" />
      <source>Tracks per mood</source>
      <translation>Tracks per mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="212" />
      <source>Skipped files</source>
      <translation>Skipped files</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="213" />
      <source>Tag selected tracks as</source>
      <translation>Tag selected tracks as</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="214" />
      <source>Write tag</source>
      <translation>Write tag</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Music folder: {path}</source>
      <translation>Music folder: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="234" />
      <source>Scanning…</source>
      <translation>Scanning…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="242" />
      <source>{done} of {total} files</source>
      <translation>{done} of {total} files</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="258" />
      <source>{tracks} tracks, {skipped} skipped</source>
      <translation>{tracks} tracks, {skipped} skipped</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="262" />
      <source>(cancelled)</source>
      <translation>(cancelled)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="297" />
      <source>Select tracks first.</source>
      <translation>Select tracks first.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="303" />
      <source>{n} files tagged.</source>
      <translation>{n} files tagged.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="305" />
      <source>{n} failed: {why}</source>
      <translation>{n} failed: {why}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="380" />
      <source>FaceMood</source>
      <translation>FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="381" />
      <source>Live</source>
      <translation>Live</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="382" />
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="383" />
      <source>Mood over the last minutes</source>
      <translation>Mood over the last minutes</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="385" />
      <source>Your mood</source>
      <translation>Your mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="386" />
      <source>Emotions (thick: smoothed, thin: this frame)</source>
      <translation>Emotions (thick: smoothed, thin: this frame)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="387" />
      <source>Now playing</source>
      <translation>Now playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="388" />
      <source>Up next in this mood</source>
      <translation>Up next in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="390" />
      <source>Analysis paused — the camera is off.
Resume with File ▸ Resume analysis.</source>
      <translation>Analysis paused — the camera is off.
Resume with File ▸ Resume analysis.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="392" />
      <source>Music:</source>
      <translation>Music:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="393" />
      <source>follow my face</source>
      <translation>follow my face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="396" />
      <source>Resume auto</source>
      <translation>Resume auto</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="397" />
      <source>Back to camera</source>
      <translation>Back to camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="398" />
      <source>When neutral, play:</source>
      <translation>When neutral, play:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="400" />
      <source>calm</source>
      <translation>calm</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="401" />
      <source>energetic (focus)</source>
      <translation>energetic (focus)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="402" />
      <source>keep current</source>
      <translation>keep current</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="412" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="413" />
      <source>&amp;Open video or photo…</source>
      <translation>&amp;Open video or photo…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="414" />
      <source>&amp;Camera</source>
      <translation>&amp;Camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="416" />
      <source>Resume analysis</source>
      <translation>Resume analysis</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="418" />
      <source>&amp;Pause analysis</source>
      <translation>&amp;Pause analysis</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="420" />
      <source>&amp;Capture photo</source>
      <translation>&amp;Capture photo</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="421" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="422" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="423" />
      <source>&amp;Mood</source>
      <translation>&amp;Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="424" />
      <source>&amp;Teach it your face…</source>
      <translation>&amp;Teach it your face…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="683" />
      <source>Start the camera to teach it your face</source>
      <translation>Start the camera to teach it your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="694" />
      <source>FaceMood now knows your face</source>
      <translation>FaceMood now knows your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="700" />
      <source>What you taught was removed</source>
      <translation>What you taught was removed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="425" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="426" />
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="429" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="430" />
      <source>&amp;About FaceMood</source>
      <translation>&amp;About FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="431" />
      <source>Crash reports…</source>
      <translation>Crash reports…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="472" />
      <source>Open a video or photo</source>
      <translation>Open a video or photo</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="474" />
      <source>Videos and photos ({patterns});;All files (*)</source>
      <translation>Videos and photos ({patterns});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="493" />
      <source>Looking for cameras…</source>
      <translation>Looking for cameras…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="496" />
      <source>No camera found</source>
      <translation>No camera found</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="499" />
      <location filename="../../facemood/gui/main_window.py" line="533" />
      <source>Camera {n}</source>
      <translation>Camera {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="504" />
      <source>Search again</source>
      <translation>Search again</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="535" />
      <source>starting</source>
      <translation>starting</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="536" />
      <source>running</source>
      <translation>running</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="537" />
      <source>no camera, retrying</source>
      <translation>no camera, retrying</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="538" />
      <source>ended</source>
      <translation>ended</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="539" />
      <source>paused</source>
      <translation>paused</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="540" />
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="570" />
      <source>{fps:.0f} fps</source>
      <translation>{fps:.0f} fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="572" />
      <source>analysis {ms:.1f} ms</source>
      <translation>analysis {ms:.1f} ms</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="575" />
      <source>- fps</source>
      <translation>- fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="586" />
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="629" />
      <source>Nothing to capture yet</source>
      <translation>Nothing to capture yet</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="640" />
      <source>Saved {path}</source>
      <translation>Saved {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="714" />
      <source>Choose your music folder</source>
      <translation>Choose your music folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="740" />
      <source>Library: {n} tracks</source>
      <translation>Library: {n} tracks</translation>
    </message>
  </context>
  <context>
    <name>Message</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="43" />
      <source>You look angry</source>
      <translation>You look angry</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="44" />
      <source>You look disgusted</source>
      <translation>You look disgusted</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="45" />
      <source>You look worried</source>
      <translation>You look worried</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="46" />
      <source>You look happy</source>
      <translation>You look happy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="47" />
      <source>You look sad</source>
      <translation>You look sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="48" />
      <source>You look surprised</source>
      <translation>You look surprised</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="49" />
      <source>You look relaxed</source>
      <translation>You look relaxed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="57" />
      <source>here is something to keep you smiling</source>
      <translation>here is something to keep you smiling</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="60" />
      <source>here is something that understands</source>
      <translation>here is something that understands</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="61" />
      <source>here is something to calm you down</source>
      <translation>here is something to calm you down</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="62" />
      <source>here is something with energy</source>
      <translation>here is something with energy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="63" />
      <source>here is something loud to let it out</source>
      <translation>here is something loud to let it out</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="76" />
      <source>Looking for your face…</source>
      <translation>Looking for your face…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="79" />
      <source>You chose {mood} music</source>
      <translation>You chose {mood} music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="84" />
      <source>{look} — {offer}</source>
      <translation>{look} — {offer}</translation>
    </message>
  </context>
  <context>
    <name>MoodTimeline</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="146" />
      <source>seconds ago</source>
      <translation>seconds ago</translation>
    </message>
  </context>
  <context>
    <name>MusicMood</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="31" />
      <source>happy</source>
      <translation>happy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="32" />
      <source>sad</source>
      <translation>sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="33" />
      <source>calm</source>
      <translation>calm</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="34" />
      <source>energetic</source>
      <translation>energetic</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="35" />
      <source>aggressive</source>
      <translation>aggressive</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="37" />
      <source>untagged</source>
      <translation>untagged</translation>
    </message>
  </context>
  <context>
    <name>NoCameraPanel</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="178" />
      <source>No camera</source>
      <translation>No camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="178" />
      <source>Nothing to show</source>
      <translation>Nothing to show</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="179" />
      <source>No camera was found, or it was lost.</source>
      <translation>No camera was found, or it was lost.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="180" />
      <source>Trying again in the background…</source>
      <translation>Trying again in the background…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="182" />
      <source>Open a video or photo…</source>
      <translation>Open a video or photo…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="183" />
      <source>Try again now</source>
      <translation>Try again now</translation>
    </message>
  </context>
  <context>
    <name>NowPlaying</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="130" />
      <source>Previous track</source>
      <translation>Previous track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="131" />
      <source>Play / pause</source>
      <translation>Play / pause</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="132" />
      <source>Next track</source>
      <translation>Next track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="133" />
      <source>♥ Like</source>
      <translation>♥ Like</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="134" />
      <source>Play this more often in this mood</source>
      <translation>Play this more often in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="135" />
      <source>Play less</source>
      <translation>Play less</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="137" />
      <source>Skip to another song and play this one less often in this mood</source>
      <translation>Skip to another song and play this one less often in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="139" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="146" />
      <source>Nothing playing</source>
      <translation>Nothing playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="152" />
      <source>Unknown artist</source>
      <translation>Unknown artist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="153" />
      <source>Mood: {mood}</source>
      <translation>Mood: {mood}</translation>
    </message>
  </context>
  <context>
    <name>PreviewWidget</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="87" />
      <source>No picture yet</source>
      <translation>No picture yet</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="37" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="38" />
      <source>Several faces</source>
      <translation>Several faces</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="39" />
      <source>Face detector</source>
      <translation>Face detector</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="40" />
      <source>Smoothing window (s)</source>
      <translation>Smoothing window (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="41" />
      <source>Sensitivity margin (hysteresis)</source>
      <translation>Sensitivity margin (hysteresis)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="44" />
      <source>Minimum time per mood (s)</source>
      <translation>Minimum time per mood (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="45" />
      <source>Confidence floor</source>
      <translation>Confidence floor</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="46" />
      <source>Away after (s)</source>
      <translation>Away after (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="47" />
      <source>Your face</source>
      <translation>Your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="48" />
      <source>Learn my resting face as I go</source>
      <translation>Learn my resting face as I go</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="51" />
      <source>Follow my own face (0-1)</source>
      <translation>Follow my own face (0-1)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="54" />
      <source>Time to learn a new face (s)</source>
      <translation>Time to learn a new face (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="57" />
      <source>Catch up with a relaxed face (s)</source>
      <translation>Catch up with a relaxed face (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="60" />
      <source>Adapt to my resting face (s)</source>
      <translation>Adapt to my resting face (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="63" />
      <source>Music folder</source>
      <translation>Music folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="64" />
      <source>Music strategy</source>
      <translation>Music strategy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="65" />
      <source>Custom mapping</source>
      <translation>Custom mapping</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="66" />
      <source>When neutral, play</source>
      <translation>When neutral, play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="67" />
      <source>On a mood change</source>
      <translation>On a mood change</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="68" />
      <source>Fade (s)</source>
      <translation>Fade (s)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="69" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="70" />
      <source>Audio output</source>
      <translation>Audio output</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="71" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="72" />
      <source>Capture folder</source>
      <translation>Capture folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="80" />
      <source>follow the largest face</source>
      <translation>follow the largest face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="83" />
      <source>average all faces</source>
      <translation>average all faces</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="86" />
      <source>match my mood</source>
      <translation>match my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="87" />
      <source>lift my mood</source>
      <translation>lift my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="88" />
      <source>my own mapping</source>
      <translation>my own mapping</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="91" />
      <source>calm music</source>
      <translation>calm music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="94" />
      <source>energetic music (focus)</source>
      <translation>energetic music (focus)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="97" />
      <source>keep the current music</source>
      <translation>keep the current music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="100" />
      <source>fade to new music now</source>
      <translation>fade to new music now</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="103" />
      <source>switch when the track ends</source>
      <translation>switch when the track ends</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="106" />
      <source>system language</source>
      <translation>system language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="116" />
      <source>Camera and faces</source>
      <translation>Camera and faces</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="117" />
      <source>Mood</source>
      <translation>Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="118" />
      <source>Music</source>
      <translation>Music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="119" />
      <source>Window</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="129" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="138" />
      <source>Choose a folder</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="154" />
      <source>(strategy default)</source>
      <translation>(strategy default)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="178" />
      <source>Teach it your face…</source>
      <translation>Teach it your face…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="192" />
      <source>taught</source>
      <translation>taught</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="194" />
      <source>not taught</source>
      <translation>not taught</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="180" />
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="210" />
      <source>FaceMood settings</source>
      <translation>FaceMood settings</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="272" />
      <location filename="../../facemood/gui/settings_dialog.py" line="276" />
      <source>(default)</source>
      <translation>(default)</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="52" />
      <source>Teach it your face</source>
      <translation>Teach it your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="58" />
      <source>Taught on {date}.</source>
      <translation>Taught on {date}.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="60" />
      <source>Not taught yet: moods are read from how your face changes.</source>
      <translation>Not taught yet: moods are read from how your face changes.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="65" />
      <source>Sit as you usually do, facing the camera. FaceMood records a few seconds of your resting face and of your smile, and learns how your face shows them.</source>
      <translation>Sit as you usually do, facing the camera. FaceMood records a few seconds of your resting face and of your smile, and learns how your face shows them.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="72" />
      <source>Also a {expression} face</source>
      <translation>Also a {expression} face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="84" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="85" />
      <source>Remove what I taught</source>
      <translation>Remove what I taught</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="140" />
      <source>{what} — recording in {n}…</source>
      <translation>{what} — recording in {n}…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="152" />
      <source>{what} — recording, hold it…</source>
      <translation>{what} — recording, hold it…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="158" />
      <source>Record again</source>
      <translation>Record again</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="162" />
      <source>That did not work</source>
      <translation>That did not work</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="166" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="169" />
      <source>Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with what FaceMood learned. Save to use it.</source>
      <translation>Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with what FaceMood learned. Save to use it.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="183" />
      <source>Removed: moods are read from how your face changes.</source>
      <translation>Removed: moods are read from how your face changes.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="200" />
      <source>Relax your face</source>
      <translation>Relax your face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="201" />
      <source>Smile</source>
      <translation>Smile</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="202" />
      <source>Look sad</source>
      <translation>Look sad</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="203" />
      <source>Look surprised</source>
      <translation>Look surprised</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="204" />
      <source>Look angry</source>
      <translation>Look angry</translation>
    </message>
  </context>
</TS>