<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="80" />
      <source>About FaceMood</source>
      <translation>About FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="104" />
      <source>Plays music from your own library that fits the mood your face shows.</source>
      <translation>Plays music from your own library that fits the mood your face shows.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="105" />
      <source>How it works</source>
      <translation>How it works</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="108" />
      <source>FaceMood finds your face in the camera picture and reads its expression (angry, disgusted, afraid, happy, sad, surprised or neutral) with a small neural network. It follows the mood that lasts a moment, so a glance does not change the music. It can match your mood or lift it, and you can always choose the music yourself.</source>
      <translation>FaceMood finds your face in the camera picture and reads its expression (angry, disgusted, afraid, happy, sad, surprised or neutral) with a small neural network. It follows the mood that lasts a moment, so a glance does not change the music. It can match your mood or lift it, and you can always choose the music yourself.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="115" />
      <source>Your privacy</source>
      <translation>Your privacy</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="118" />
      <source>Everything runs on this computer, without a network connection. Camera pictures are never stored or sent anywhere; only photos you capture yourself (Shift+C) are saved.</source>
      <translation>Everything runs on this computer, without a network connection. Camera pictures are never stored or sent anywhere; only photos you capture yourself (Shift+C) are saved.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="123" />
      <source>How reliable it is</source>
      <translation>How reliable it is</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="126" />
      <source>Like people, it is sure of clear expressions and unsure of subtle ones. Dim light, a face turned away or glasses with reflections make it less reliable; recording your neutral face (Mood menu) helps it know you.</source>
      <translation>Like people, it is sure of clear expressions and unsure of subtle ones. Dim light, a face turned away or glasses with reflections make it less reliable; recording your neutral face (Mood menu) helps it know you.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="136" />
      <source>The model card: how the model was trained and tested</source>
      <translation>The model card: how the model was trained and tested</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="140" />
      <source>Sample photos</source>
      <translation>Sample photos</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="142" />
      <source>Face detector: MediaPipe BlazeFace (Google, Apache 2.0)</source>
      <translation>Face detector: MediaPipe BlazeFace (Google, Apache 2.0)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="144" />
      <source>Demo music, made for FaceMood</source>
      <translation>Demo music, made for FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="145" />
      <source>Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)</source>
      <translation>Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="147" />
      <source>Credits</source>
      <translation>Credits</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="156" />
      <source>Made with</source>
      <translation>Made with</translation>
    </message>
  </context>
  <context>
    <name>CrashReports</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="177" />
      <source>Crash reports</source>
      <translation>Crash reports</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="179" />
      <source>No new crash reports.</source>
      <translation>No new crash reports.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="183" />
      <source>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</source>
      <translation>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="189" />
      <source>The report stays on this computer. Please attach it when you report the problem.</source>
      <translation>The report stays on this computer. Please attach it when you report the problem.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="200" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="203" />
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
      <location filename="../../facemood/gui/library_panel.py" line="215" />
      <source>Choose folder…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="216" />
      <source>Rescan</source>
      <translation>Rescan</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="217" />
      <source>Cancel scan</source>
      <translation>Cancel scan</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="218" />
      <location filename="../../facemood/gui/library_panel.py" line="220" />
      <source>Mood</source>
      <translation>Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="218" />
      <source>Tracks</source>
      <translation>Tracks</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="220" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="220" />
      <source>Artist</source>
      <translation>Artist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="220" />
      <location filename="../../facemood/gui/library_panel.py" line="222" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="222" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="223" />
      <source>Tracks (double-click to play, right-click for more)</source>
      <translation>Tracks (double-click to play, right-click for more)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="224" />
      <source>Tracks per mood</source>
      <translation>Tracks per mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="225" />
      <source>Skipped files</source>
      <translation>Skipped files</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="226" />
      <source>Tag selected tracks as</source>
      <translation>Tag selected tracks as</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="227" />
      <source>Write tag</source>
      <translation>Write tag</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="241" />
      <source>Music folder: {path}</source>
      <translation>Music folder: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="247" />
      <source>Scanning…</source>
      <translation>Scanning…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="255" />
      <source>{done} of {total} files</source>
      <translation>{done} of {total} files</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="271" />
      <source>{tracks} tracks, {skipped} skipped</source>
      <translation>{tracks} tracks, {skipped} skipped</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="275" />
      <source>(cancelled)</source>
      <translation>(cancelled)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="320" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="321" />
      <source>Tag as</source>
      <translation>Tag as</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="327" />
      <source>Show in folder</source>
      <translation>Show in folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="347" />
      <source>Select tracks first.</source>
      <translation>Select tracks first.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="353" />
      <source>{n} files tagged.</source>
      <translation>{n} files tagged.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="355" />
      <source>{n} failed: {why}</source>
      <translation>{n} failed: {why}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="442" />
      <source>FaceMood</source>
      <translation>FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="443" />
      <source>Live</source>
      <translation>Live</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="444" />
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="445" />
      <source>Emotions (thick: smoothed, thin: this frame)</source>
      <translation>Emotions (thick: smoothed, thin: this frame)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="446" />
      <source>Now playing</source>
      <translation>Now playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="449" />
      <source>Analysis paused — the camera is off.
Resume with File ▸ Resume analysis.</source>
      <translation>Analysis paused — the camera is off.
Resume with File ▸ Resume analysis.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="447" />
      <source>Up next in this mood (double-click to play)</source>
      <translation>Up next in this mood (double-click to play)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="504" />
      <source>Open a video or photo</source>
      <translation>Open a video or photo</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="506" />
      <source>Videos and photos ({patterns});;All files (*)</source>
      <translation>Videos and photos ({patterns});;All files (*)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="529" />
      <source>Looking for cameras…</source>
      <translation>Looking for cameras…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="531" />
      <source>No camera found</source>
      <translation>No camera found</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="533" />
      <location filename="../../facemood/gui/main_window.py" line="558" />
      <location filename="../../facemood/gui/main_window.py" line="567" />
      <source>Camera {n}</source>
      <translation>Camera {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="538" />
      <source>Search again</source>
      <translation>Search again</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="569" />
      <source>starting</source>
      <translation>starting</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="570" />
      <source>running</source>
      <translation>running</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="571" />
      <source>no camera, retrying</source>
      <translation>no camera, retrying</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="572" />
      <source>ended</source>
      <translation>ended</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="573" />
      <source>paused</source>
      <translation>paused</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="574" />
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="622" />
      <source>{fps:.0f} fps</source>
      <translation>{fps:.0f} fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="623" />
      <source>analysis {ms:.1f} ms</source>
      <translation>analysis {ms:.1f} ms</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="625" />
      <source>- fps</source>
      <translation>- fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="700" />
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="707" />
      <source>The photo could not be saved: {why}</source>
      <translation>The photo could not be saved: {why}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="926" />
      <source>FaceMood is still playing</source>
      <translation>FaceMood is still playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="927" />
      <source>It keeps running here. Quit it from this icon's menu.</source>
      <translation>It keeps running here. Quit it from this icon's menu.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="936" />
      <source>Close FaceMood</source>
      <translation>Close FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="937" />
      <source>Closing the window stops FaceMood and its music.</source>
      <translation>Closing the window stops FaceMood and its music.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="940" />
      <source>FaceMood can keep playing in the system tray instead. You can change this any time in Settings ▸ Window ▸ Keep running in the tray.</source>
      <translation>FaceMood can keep playing in the system tray instead. You can change this any time in Settings ▸ Window ▸ Keep running in the tray.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="944" />
      <source>Keep running in the tray</source>
      <translation>Keep running in the tray</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="945" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="688" />
      <source>Nothing to capture yet</source>
      <translation>Nothing to capture yet</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="732" />
      <source>Start the camera to calibrate</source>
      <translation>Start the camera to calibrate</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="735" />
      <source>Look at the camera with a relaxed face for a few seconds…</source>
      <translation>Look at the camera with a relaxed face for a few seconds…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="742" />
      <source>Calibration needs your face in view</source>
      <translation>Calibration needs your face in view</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="745" />
      <source>Calibrated to your neutral face</source>
      <translation>Calibrated to your neutral face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="763" />
      <source>Choose your music folder</source>
      <translation>Choose your music folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="793" />
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
    <name>MoodBox</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="341" />
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="363" />
      <source>Your mood</source>
      <translation>Your mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="364" />
      <source>Music:</source>
      <translation>Music:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="365" />
      <source>follow my face</source>
      <translation>follow my face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="369" />
      <source>Resume auto</source>
      <translation>Resume auto</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="370" />
      <source>When neutral, play:</source>
      <translation>When neutral, play:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="372" />
      <source>calm</source>
      <translation>calm</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="373" />
      <source>energetic (focus)</source>
      <translation>energetic (focus)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="374" />
      <source>keep current</source>
      <translation>keep current</translation>
    </message>
  </context>
  <context>
    <name>MoodTimeline</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="203" />
      <source>seconds ago</source>
      <translation>seconds ago</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="203" />
      <source>minutes ago</source>
      <translation>minutes ago</translation>
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
      <location filename="../../facemood/gui/preview.py" line="318" />
      <source>No camera</source>
      <translation>No camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="321" />
      <source>No camera was found, or it was lost. Check that it is plugged in, allowed in the system's privacy settings and not used by another app.</source>
      <translation>No camera was found, or it was lost. Check that it is plugged in, allowed in the system's privacy settings and not used by another app.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="326" />
      <source>Nothing to show</source>
      <translation>Nothing to show</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="327" />
      <source>This could not be opened: {what}</source>
      <translation>This could not be opened: {what}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="328" />
      <source>Trying again in the background…</source>
      <translation>Trying again in the background…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="330" />
      <source>Open a video or photo…</source>
      <translation>Open a video or photo…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="331" />
      <source>Try again now</source>
      <translation>Try again now</translation>
    </message>
  </context>
  <context>
    <name>NowPlaying</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="139" />
      <source>Previous track</source>
      <translation>Previous track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="140" />
      <source>Play / pause</source>
      <translation>Play / pause</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="141" />
      <source>Next track</source>
      <translation>Next track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="142" />
      <source>♥ Like</source>
      <translation>♥ Like</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="143" />
      <source>Play this more often in this mood</source>
      <translation>Play this more often in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="144" />
      <source>Play less</source>
      <translation>Play less</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="146" />
      <source>Go to another song and play this one less often in this mood</source>
      <translation>Go to another song and play this one less often in this mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="148" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="155" />
      <source>Nothing playing</source>
      <translation>Nothing playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="161" />
      <source>Unknown artist</source>
      <translation>Unknown artist</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="167" />
      <source>Mood: {mood}</source>
      <translation>Mood: {mood}</translation>
    </message>
  </context>
  <context>
    <name>PreviewWidget</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="143" />
      <source>No picture yet</source>
      <translation>No picture yet</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="54" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="75" />
      <source>Music folder</source>
      <translation>Music folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="85" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="87" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="100" />
      <source>follow the largest face</source>
      <translation>follow the largest face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="103" />
      <source>average all faces</source>
      <translation>average all faces</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="118" />
      <source>match my mood</source>
      <translation>match my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="119" />
      <source>lift my mood</source>
      <translation>lift my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="123" />
      <source>calm music</source>
      <translation>calm music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="126" />
      <source>energetic music (focus)</source>
      <translation>energetic music (focus)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="129" />
      <source>keep the current music</source>
      <translation>keep the current music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="132" />
      <source>fade to new music now</source>
      <translation>fade to new music now</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="55" />
      <source>With several faces in view</source>
      <translation>With several faces in view</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="58" />
      <source>Face finder</source>
      <translation>Face finder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="59" />
      <source>React to expressions over (seconds)</source>
      <translation>React to expressions over (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="62" />
      <source>Change mood only when the new one leads by</source>
      <translation>Change mood only when the new one leads by</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="65" />
      <source>Keep a mood at least (seconds)</source>
      <translation>Keep a mood at least (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="68" />
      <source>Ignore expressions less sure than</source>
      <translation>Ignore expressions less sure than</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="71" />
      <source>Count me as away after (seconds)</source>
      <translation>Count me as away after (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="74" />
      <source>My neutral face</source>
      <translation>My neutral face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="76" />
      <source>Music for my mood</source>
      <translation>Music for my mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="77" />
      <source>My own choice</source>
      <translation>My own choice</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="78" />
      <source>When my face is relaxed, play</source>
      <translation>When my face is relaxed, play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="81" />
      <source>When my mood changes</source>
      <translation>When my mood changes</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="82" />
      <source>Fade between songs (seconds)</source>
      <translation>Fade between songs (seconds)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="86" />
      <source>Sound output</source>
      <translation>Sound output</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="88" />
      <source>Save captured photos in</source>
      <translation>Save captured photos in</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="89" />
      <source>Closing the window</source>
      <translation>Closing the window</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="90" />
      <source>The mood timeline shows</source>
      <translation>The mood timeline shows</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="106" />
      <source>the best one available</source>
      <translation>the best one available</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="109" />
      <source>BlazeFace (fast and accurate)</source>
      <translation>BlazeFace (fast and accurate)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="112" />
      <source>Haar cascade (older, frontal faces only)</source>
      <translation>Haar cascade (older, frontal faces only)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="115" />
      <source>none (the whole picture is the face)</source>
      <translation>none (the whole picture is the face)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="120" />
      <source>my own choice per emotion</source>
      <translation>my own choice per emotion</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="135" />
      <source>let the song finish first</source>
      <translation>let the song finish first</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="138" />
      <source>system language</source>
      <translation>system language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="141" />
      <source>the last minute</source>
      <translation>the last minute</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="144" />
      <source>this whole session</source>
      <translation>this whole session</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="154" />
      <source>Camera and faces</source>
      <translation>Camera and faces</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="155" />
      <source>Mood</source>
      <translation>Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="156" />
      <source>Music</source>
      <translation>Music</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="157" />
      <source>Window</source>
      <translation>Window</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="168" />
      <source>Choose a full path, e.g. with Browse…</source>
      <translation>Choose a full path, e.g. with Browse…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="170" />
      <source>This folder does not exist.</source>
      <translation>This folder does not exist.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="172" />
      <source>This is a file, not a folder.</source>
      <translation>This is a file, not a folder.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="174" />
      <source>Neither this folder nor the one it would go in exists.</source>
      <translation>Neither this folder nor the one it would go in exists.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="185" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="195" />
      <source>Choose a folder</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="227" />
      <source>(as with “match my mood”)</source>
      <translation>(as with “match my mood”)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="267" />
      <source>recorded</source>
      <translation>recorded</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="269" />
      <source>not recorded</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="287" />
      <source>system default</source>
      <translation>system default</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="294" />
      <source>none (silent)</source>
      <translation>none (silent)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="305" />
      <source>{name} (not found)</source>
      <translation>{name} (not found)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="326" />
      <location filename="../../facemood/gui/settings_dialog.py" line="329" />
      <source>Camera {n}</source>
      <translation>Camera {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="331" />
      <source>(looking…)</source>
      <translation>(looking…)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="333" />
      <source>(not found)</source>
      <translation>(not found)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="253" />
      <source>Record my neutral face</source>
      <translation>Record my neutral face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="255" />
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="367" />
      <source>FaceMood settings</source>
      <translation>FaceMood settings</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="438" />
      <source>keeps FaceMood playing in the system tray</source>
      <translation>keeps FaceMood playing in the system tray</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="444" />
      <source>This desktop has no system tray.</source>
      <translation>This desktop has no system tray.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="464" />
      <source>(the demo library)</source>
      <translation>(the demo library)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="468" />
      <source>(default)</source>
      <translation>(default)</translation>
    </message>
  </context>
  <context>
    <name>SoundNotice</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="280" />
      <source>Choose a sound output…</source>
      <translation>Choose a sound output…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="292" />
      <source>the default output</source>
      <translation>the default output</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="294" />
      <source>No sound: VLC is not installed</source>
      <translation>No sound: VLC is not installed</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="294" />
      <source>FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or Ubuntu: the packages libvlc5 and vlc-plugin-base), then start FaceMood again. Moods are still recognised.</source>
      <translation>FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or Ubuntu: the packages libvlc5 and vlc-plugin-base), then start FaceMood again. Moods are still recognised.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="301" />
      <source>No such sound output: {output}</source>
      <translation>No such sound output: {output}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="302" />
      <source>VLC uses its default output instead. Choose an output that exists.</source>
      <translation>VLC uses its default output instead. Choose an output that exists.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="305" />
      <source>No sound: {output} does not work</source>
      <translation>No sound: {output} does not work</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="306" />
      <source>The music goes on without sound. Check that speakers or headphones are connected and not muted in the system's sound settings, or choose another sound output.</source>
      <translation>The music goes on without sound. Check that speakers or headphones are connected and not muted in the system's sound settings, or choose another sound output.</translation>
    </message>
  </context>
  <context>
    <name>TimelineBox</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="245" />
      <source>Mood over the last minute</source>
      <translation>Mood over the last minute</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="247" />
      <source>Mood since this source started</source>
      <translation>Mood since this source started</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="253" />
      <source>last minute</source>
      <translation>last minute</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="254" />
      <source>this session</source>
      <translation>this session</translation>
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <location filename="../../facemood/gui/tray.py" line="66" />
      <source>Mood: {mood}</source>
      <translation>Mood: {mood}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="66" />
      <source>FaceMood</source>
      <translation>FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="69" />
      <source>Nothing playing</source>
      <translation>Nothing playing</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="71" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="71" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="72" />
      <source>Next track</source>
      <translation>Next track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="73" />
      <source>Show FaceMood</source>
      <translation>Show FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="74" />
      <source>Quit FaceMood</source>
      <translation>Quit FaceMood</translation>
    </message>
  </context>
  <context>
    <name>ViewBar</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="257" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="258" />
      <source>Back to camera</source>
      <translation>Back to camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="259" />
      <source>Capture (Shift+C)</source>
      <translation>Capture (Shift+C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="261" />
      <source>Save this picture as a photo and play music for it</source>
      <translation>Save this picture as a photo and play music for it</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../facemood/gui/actions.py" line="132" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="133" />
      <source>&amp;Open video or photo…</source>
      <translation>&amp;Open video or photo…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="134" />
      <source>&amp;Camera</source>
      <translation>&amp;Camera</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="136" />
      <source>Resume analysis</source>
      <translation>Resume analysis</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="138" />
      <source>&amp;Pause analysis</source>
      <translation>&amp;Pause analysis</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="140" />
      <source>&amp;Capture photo</source>
      <translation>&amp;Capture photo</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="141" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="142" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="143" />
      <source>&amp;Playback</source>
      <translation>&amp;Playback</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="144" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="144" />
      <source>Play</source>
      <translation>Play</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="145" />
      <source>&amp;Next track</source>
      <translation>&amp;Next track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="146" />
      <source>P&amp;revious track</source>
      <translation>P&amp;revious track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="147" />
      <source>&amp;Like this track</source>
      <translation>&amp;Like this track</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="148" />
      <source>Play this less &amp;often</source>
      <translation>Play this less &amp;often</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="149" />
      <source>Volume &amp;up</source>
      <translation>Volume &amp;up</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="150" />
      <source>Volume &amp;down</source>
      <translation>Volume &amp;down</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="151" />
      <source>&amp;Mood</source>
      <translation>&amp;Mood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="152" />
      <source>Record my &amp;neutral face</source>
      <translation>Record my &amp;neutral face</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="153" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="154" />
      <source>&amp;Side panel</source>
      <translation>&amp;Side panel</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="155" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="156" />
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="159" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="160" />
      <source>&amp;About FaceMood</source>
      <translation>&amp;About FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="161" />
      <source>Crash reports…</source>
      <translation>Crash reports…</translation>
    </message>
  </context>
</TS>